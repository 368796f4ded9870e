package juesuan.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.model.Catalog;
import juesuan.model.CatalogChange;
import juesuan.model.CatalogEntry;
import juesuan.model.CatalogKind;
import juesuan.model.Derivation;
import juesuan.model.RowOffer;
import juesuan.model.LocalCode;
import juesuan.model.Report;
import juesuan.model.ColumnDef;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.FieldDef;
import juesuan.model.FigureRef;
import juesuan.model.FormSection;
import juesuan.model.GlossaryTerm;
import juesuan.model.RowDef;
import juesuan.model.TableKind;
import juesuan.model.PrintLayout;
import juesuan.model.TableTemplate;
import juesuan.model.ValueType;
import juesuan.model.YearTemplate;

/**
 * Loads {@link YearTemplate}s from the application's resources. A year's directory has a {@code template.json}
 * naming the year it inherits from; every other file the year does not have is its parent's, and its
 * classifications are the parent's with the year's {@code catalog-changes.csv} applied. Each year is read once.
 * Every problem becomes a {@link UserFailure} with one Chinese sentence.
 */
public final class TemplateLoader {
    /** 一 … 十, the digits of the Chinese numbering of rows (一、二、…). */
    private static final String[] CHINESE_NUMERALS = Msg.get("numerals.digits").split(",");
    private static final Map<Integer, YearTemplate> CACHE = new ConcurrentHashMap<>();
    private static final Map<Key, YearTemplate> LOCAL_CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private record Key(int year, List<LocalCode> codes) {
    }

    private TemplateLoader() {
    }

    /** The years that have a template, oldest first. */
    public static List<Integer> availableYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            if (TemplateLoader.class.getResource("/template/" + y + "/template.json") != null) {
                years.add(y);
            }
        }
        return years;
    }

    /** The template year a report of a fiscal year uses: its own, or the newest earlier one. */
    public static int templateYearFor(int fiscalYear) {
        int chosen = -1;
        for (int y : availableYears()) {
            if (y <= fiscalYear) {
                chosen = y;
            }
        }
        if (chosen < 0) {
            throw new UserFailure(Msg.get("template.tooEarly", fiscalYear, availableYears().get(0)));
        }
        return chosen;
    }

    /** The template for a fiscal year: that year's, or the newest older one when the year has none yet. */
    public static YearTemplate forFiscalYear(int fiscalYear) {
        return load(templateYearFor(fiscalYear));
    }

    /**
     * The Chinese notice for a report whose year has no template of its own ("2026 年度尚无模板，按 2025 年度…"),
     * empty when the report uses its own year's template.
     */
    public static Optional<String> fallbackNotice(int fiscalYear, int templateYear) {
        if (fiscalYear == templateYear) {
            return Optional.empty();
        }
        return Optional.of(Msg.get("template.fallback", fiscalYear, templateYear));
    }

    /** The template a report is read with: its template year's, with the report's own and imported codes. */
    public static YearTemplate forReport(Report report) {
        return load(report.templateYear(), report.localCodes());
    }

    /** The template of a year; a year the program has no template for is refused with a Chinese sentence. */
    public static YearTemplate load(int year) {
        if (TemplateLoader.class.getResource("/template/" + year + "/template.json") == null) {
            throw new UserFailure(Msg.get("template.missingYear", year,
                    String.join(Msg.get("cli.listSeparator"), availableYears().stream().map(String::valueOf).toList())));
        }
        YearTemplate cached = CACHE.get(year);
        if (cached != null) {
            return cached;
        }
        YearTemplate read = read(year, List.of());
        CACHE.putIfAbsent(year, read);
        return CACHE.get(year);
    }

    /**
     * The template of a year with codes of the bureau's list and of the report added to (or renaming) the shipped
     * classifications, so that their rows are laid out, named and printed like any other.
     */
    public static YearTemplate load(int year, List<LocalCode> codes) {
        if (codes.isEmpty()) {
            return load(year);
        }
        load(year); // refuses a missing year with its sentence
        Key key = new Key(year, List.copyOf(codes));
        YearTemplate cached = LOCAL_CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        YearTemplate read = read(year, key.codes());
        if (LOCAL_CACHE.size() > 32) {
            LOCAL_CACHE.clear();
        }
        LOCAL_CACHE.put(key, read);
        return read;
    }

    /**
     * Where the codes of one template year went in a later one: old code → new code, or → null when withdrawn.
     * Codes that did not change are not in the map. Follows every year's changes in between.
     */
    public static Map<String, String> codeMapping(CatalogKind catalog, int fromYear, int toYear) {
        List<Integer> chain = chain(toYear);
        java.util.Collections.reverse(chain); // oldest first
        List<List<CatalogChange>> years = new ArrayList<>();
        for (int y : chain) {
            if (y > fromYear) {
                years.add(load(y).changes());
            }
        }
        return compose(catalog, years);
    }

    /** Where codes went over several years of changes, oldest year first (see {@link #codeMapping}). */
    public static Map<String, String> compose(CatalogKind catalog, List<List<CatalogChange>> years) {
        Map<String, String> mapping = new java.util.LinkedHashMap<>();
        for (List<CatalogChange> changes : years) {
            for (CatalogChange c : changes) {
                if (c.catalog() != catalog || (c.kind() != CatalogChange.Kind.MOVE && c.kind() != CatalogChange.Kind.WITHDRAW)) {
                    continue;
                }
                String from = c.kind() == CatalogChange.Kind.MOVE ? c.from() : c.code();
                String to = c.kind() == CatalogChange.Kind.MOVE ? c.code() : null;
                // an earlier mapping that led to the old code now leads on
                for (Map.Entry<String, String> e : mapping.entrySet()) {
                    if (from.equals(e.getValue())) {
                        e.setValue(to);
                    }
                }
                mapping.putIfAbsent(from, to);
            }
        }
        return mapping;
    }

    /** A year and the years it inherits from, the year first. */
    static List<Integer> chain(int year) {
        List<Integer> out = new ArrayList<>();
        for (int y = year; y > 0; y = readJson(y, "template.json").path("inherits").asInt(0)) {
            if (out.contains(y) || TemplateLoader.class.getResource("/template/" + y + "/template.json") == null) {
                throw new UserFailure(Msg.get("template.badInheritance", year, y));
            }
            out.add(y);
        }
        return out;
    }

    private static YearTemplate read(int year, List<LocalCode> codes) {
        try {
            return readUnchecked(year, codes);
        } catch (UserFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserFailure(Msg.get("template.broken", year, e.getMessage()), e);
        }
    }

    private static YearTemplate readUnchecked(int year, List<LocalCode> codes) {
        JsonNode head = readJson(year, "template.json");
        int inherits = head.path("inherits").asInt(0);
        List<CatalogChange> changes = new ArrayList<>();
        Catalog functions = catalog(year, CatalogKind.FUNCTION, changes);
        Catalog economics = catalog(year, CatalogKind.ECONOMIC, changes);
        List<String> classRows = new ArrayList<>(strings(readJson(year, "tables.json").path("classRows")));
        if (!codes.isEmpty()) {
            functions = functions.merged(entries(codes, CatalogKind.FUNCTION));
            economics = economics.merged(entries(codes, CatalogKind.ECONOMIC));
            for (CatalogEntry e : functions.level(1)) {
                if (!classRows.contains(e.code()) && codes.stream().anyMatch(c -> c.code().equals(e.code()))) {
                    classRows.add(e.code()); // a 类 of the report's own gets its row in 公开01/04表
                }
            }
        }
        JsonNode tablesJson = readJson(year, "tables.json");
        List<TableTemplate> tables = new ArrayList<>();
        for (JsonNode t : tablesJson.path("tables")) {
            tables.add(table(t, functions, economics, classRows));
        }
        JsonNode formsJson = readJson(year, "forms.json");
        List<FormSection> forms = new ArrayList<>();
        for (JsonNode s : formsJson.path("sections")) {
            List<FieldDef> fields = new ArrayList<>();
            for (JsonNode f : s.path("fields")) {
                fields.add(new FieldDef(f.path("key").asText(), f.path("label").asText(),
                        ValueType.valueOf(f.path("type").asText()), f.path("suffix").asText(""),
                        f.path("hint").asText(""), strings(f.path("sum"))));
            }
            forms.add(new FormSection(s.path("key").asText(), s.path("tab").asText(), s.path("title").asText(), fields));
        }
        JsonNode cmpJson = readJson(year, "comparisons.json");
        List<ComparisonDef> comparisons = new ArrayList<>();
        for (JsonNode c : cmpJson.path("comparisons")) {
            comparisons.add(new ComparisonDef(c.path("key").asText(), c.path("section").asText(), c.path("label").asText(),
                    FigureRef.parse(c.path("current").asText()), bases(c.path("bases")),
                    c.hasNonNull("initialFrom") ? FigureRef.parse(c.path("initialFrom").asText()) : null, strings(c.path("sumOf"))));
        }
        List<ComparisonGroup> groups = new ArrayList<>();
        for (JsonNode g : cmpJson.path("groups")) {
            groups.add(new ComparisonGroup(g.path("id").asText(), g.path("table").asText(), g.path("column").asText(),
                    "leaves".equals(g.path("rows").asText()), g.path("keyPrefix").asText(), g.path("label").asText(),
                    g.path("section").asText(), bases(g.path("bases"))));
        }
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (JsonNode g : readJson(year, "glossary.json").path("terms")) {
            glossary.add(new GlossaryTerm(g.path("term").asText(), g.path("definition").asText()));
        }
        List<Derivation> derivations = new ArrayList<>();
        for (JsonNode d : readJson(year, "derivations.json").path("derivations")) { // derived cells: never typed
            String[] cell = d.path("cell").asText().split("/");
            if (cell.length != 3) {
                throw new IllegalStateException(Msg.get("template.badRow", "derivations.json", d.path("cell").asText()));
            }
            List<String> each = cell[1].contains("{class}") ? classRows : List.of("");
            for (String c : each) {
                derivations.add(new Derivation(cell[0], cell[1].replace("{class}", c), cell[2],
                        strings(d.path("terms")).stream().map(t -> t.replace("{class}", c)).toList()));
            }
        }
        JsonNode derivationsJson = readJson(year, "derivations.json");
        for (JsonNode d : derivationsJson.path("follows")) {
            String[] cell = d.path("cell").asText().split("/");
            if (cell.length != 3) {
                throw new IllegalStateException(Msg.get("template.badRow", "derivations.json", d.path("cell").asText()));
            }
            derivations.add(new Derivation(cell[0], cell[1], cell[2], strings(d.path("terms")), true,
                    d.hasNonNull("when") ? d.path("when").asText() : null));
        }
        List<RowOffer> offers = new ArrayList<>();
        for (JsonNode o : derivationsJson.path("offers")) {
            offers.add(new RowOffer(o.path("table").asText(), o.path("from").asText(),
                    o.hasNonNull("column") ? o.path("column").asText() : null, strings(o.path("notIn")),
                    o.hasNonNull("when") ? o.path("when").asText() : null,
                    o.hasNonNull("unless") ? o.path("unless").asText() : null));
        }
        Map<String, List<String>> conditions = new java.util.LinkedHashMap<>();
        derivationsJson.path("conditions").fields().forEachRemaining(e -> conditions.put(e.getKey(), strings(e.getValue().path("zero"))));
        for (Derivation d : derivations) {
            if (d.when() != null && !conditions.containsKey(d.when())) {
                throw new IllegalStateException(Msg.get("template.badRow", "derivations.json", d.when()));
            }
        }
        for (RowOffer o : offers) {
            for (String c : java.util.Arrays.asList(o.when(), o.unless())) {
                if (c != null && !conditions.containsKey(c)) {
                    throw new IllegalStateException(Msg.get("template.badRow", "derivations.json", c));
                }
            }
        }
        List<String> unitTypes = strings(readJson(year, "unit.json").path("types"));
        return new YearTemplate(year, functions, economics, tables, forms, comparisons, groups, glossary, inherits,
                changes, codes, derivations, offers, conditions, unitTypes);
    }

    private static List<CatalogEntry> entries(List<LocalCode> codes, CatalogKind kind) {
        return codes.stream().filter(c -> c.catalog() == kind).map(LocalCode::entry).toList();
    }

    /**
     * A year's classification: its own full list when it has one, else its parent's with the year's changes
     * (which are also collected into {@code changes}).
     */
    private static Catalog catalog(int year, CatalogKind kind, List<CatalogChange> changes) {
        String name = kind == CatalogKind.FUNCTION ? Msg.get("catalog.functions") : Msg.get("catalog.economics");
        String file = kind == CatalogKind.FUNCTION ? "function-classification.csv" : "economic-classification.csv";
        String own = "/template/" + year + "/" + file;
        if (TemplateLoader.class.getResource(own) != null) {
            return new Catalog(name, year, readCatalog(own));
        }
        int parent = readJson(year, "template.json").path("inherits").asInt(0);
        if (parent == 0) {
            throw new IllegalStateException(Msg.get("template.missingPiece", own));
        }
        Catalog base = load(parent).functions();
        if (kind == CatalogKind.ECONOMIC) {
            base = load(parent).economics();
        }
        List<CatalogChange> mine = readChanges(year).stream().filter(c -> c.catalog() == kind).toList();
        changes.addAll(mine);
        return applyChanges(base.forYear(year), mine);
    }

    /** A catalog with a year's changes applied, checked: a change that does not fit the catalog is refused. */
    public static Catalog applyChanges(Catalog base, List<CatalogChange> changes) {
        Map<String, CatalogEntry> all = new java.util.TreeMap<>();
        base.all().forEach(e -> all.put(e.code(), e));
        for (CatalogChange c : changes) {
            switch (c.kind()) {
                case ADD -> {
                    if (all.containsKey(c.code())) {
                        throw new IllegalStateException(Msg.get("template.changeExists", c.code()));
                    }
                    all.put(c.code(), new CatalogEntry(c.code(), c.name(), CatalogKind.level(c.code())));
                }
                case RENAME -> {
                    if (all.replace(c.code(), new CatalogEntry(c.code(), c.name(), CatalogKind.level(c.code()))) == null) {
                        throw new IllegalStateException(Msg.get("template.changeMissing", c.code()));
                    }
                }
                case WITHDRAW -> {
                    if (all.remove(c.code()) == null) {
                        throw new IllegalStateException(Msg.get("template.changeMissing", c.code()));
                    }
                }
                case MOVE -> {
                    CatalogEntry old = all.remove(c.from());
                    if (old == null) {
                        throw new IllegalStateException(Msg.get("template.changeMissing", c.from()));
                    }
                    String name = c.name().isBlank() ? old.name() : c.name();
                    all.put(c.code(), new CatalogEntry(c.code(), name, CatalogKind.level(c.code())));
                }
                default -> throw new IllegalStateException(c.kind().name());
            }
        }
        return new Catalog(base.name(), base.year(), all.values());
    }

    /** A year's {@code catalog-changes.csv}: change,catalog,code,name,from (empty when the year has none). */
    private static List<CatalogChange> readChanges(int year) {
        String resource = "/template/" + year + "/catalog-changes.csv";
        List<CatalogChange> out = new ArrayList<>();
        if (TemplateLoader.class.getResource(resource) == null) {
            return out;
        }
        for (String[] f : csvLines(resource)) {
            CatalogChange.Kind kind = CatalogChange.Kind.valueOf(f[0].strip().toUpperCase(java.util.Locale.ROOT));
            CatalogKind catalog = CatalogKind.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT));
            String code = f[2].strip();
            if (!catalog.wellFormed(code)) {
                throw new IllegalStateException(Msg.get("template.badCode", resource, code));
            }
            out.add(new CatalogChange(kind, catalog, code, f.length > 3 ? f[3].strip() : "", f.length > 4 ? f[4].strip() : ""));
        }
        return out;
    }

    private static TableTemplate table(JsonNode t, Catalog functions, Catalog economics, List<String> classRows) {
        String code = t.path("code").asText();
        TableKind kind = TableKind.valueOf(t.path("kind").asText());
        List<ColumnDef> columns = new ArrayList<>();
        for (JsonNode c : t.path("columns")) {
            columns.add(new ColumnDef(c.path("key").asText(), c.path("label").asText(),
                    ValueType.valueOf(c.path("type").asText("MONEY")), strings(c.path("sum"))));
        }
        List<RowDef> rows = new ArrayList<>();
        Map<String, List<String>> groups = new java.util.HashMap<>();
        for (JsonNode r : t.path("rows")) {
            String expand = r.path("expand").asText("");
            switch (expand) {
                case "classes" -> {
                    List<String> keys = new ArrayList<>();
                    int n = 0;
                    for (String classCode : classRows) {
                        CatalogEntry e = functions.find(classCode).orElseThrow(
                                () -> new IllegalStateException(Msg.get("template.classMissing", code, classCode)));
                        String label = r.path("numbered").asBoolean() ? numeral(++n) + "、" + e.name() : e.name();
                        String key = r.path("keyPrefix").asText("") + classCode;
                        rows.add(new RowDef(key, classCode, label, 1, List.of(), false));
                        keys.add(key);
                    }
                    groups.put(r.path("group").asText(), keys);
                }
                case "economics" -> {
                    for (String classCode : strings(r.path("classes"))) {
                        CatalogEntry c = economics.find(classCode).orElseThrow(
                                () -> new IllegalStateException(Msg.get("template.classMissing", code, classCode)));
                        List<CatalogEntry> children = economics.children(classCode);
                        rows.add(new RowDef(classCode, classCode, c.name(), 1,
                                children.stream().map(CatalogEntry::code).toList(), false));
                        for (CatalogEntry k : children) {
                            rows.add(new RowDef(k.code(), k.code(), k.name(), 2, List.of(), false));
                        }
                    }
                }
                case "" -> {
                    List<String> sum = new ArrayList<>();
                    for (String s : strings(r.path("sum"))) {
                        if (s.startsWith("@")) {
                            List<String> g = groups.get(s.substring(1));
                            if (g == null) {
                                throw new IllegalStateException(Msg.get("template.badRow", code, s));
                            }
                            sum.addAll(g);
                        } else {
                            sum.add(s);
                        }
                    }
                    rows.add(new RowDef(r.path("key").asText(), r.path("code").asText(""), r.path("label").asText(),
                            r.path("level").asInt(1), sum, r.path("allowNegative").asBoolean(false)));
                }
                default -> throw new IllegalStateException(Msg.get("template.badRow", code, expand));
            }
        }
        return new TableTemplate(code, t.path("number").asText(), t.path("title").asText(), t.path("shortTitle").asText(),
                kind, columns, rows, t.path("note").asText(""), t.path("layout").asText(), t.path("emptyNote").asText(""),
                print(code, t.path("print"), columns, rows));
    }

    /** A table's {@code print} layout, every row and column it names checked against the table; null when absent. */
    private static PrintLayout print(String table, JsonNode p, List<ColumnDef> columns, List<RowDef> rows) {
        if (p.isMissingNode() || p.isNull()) {
            return null;
        }
        java.util.Set<String> rowKeys = new java.util.HashSet<>();
        rows.forEach(r -> rowKeys.add(r.key()));
        java.util.Set<String> columnKeys = new java.util.HashSet<>();
        columns.forEach(c -> columnKeys.add(c.key()));
        java.util.function.Function<JsonNode, PrintLayout.Item> item = n -> {
            if (n.isMissingNode() || n.isNull()) {
                return null;
            }
            String row = n.path("row").asText();
            String column = n.path("column").asText("");
            if (!rowKeys.contains(row) || !column.isEmpty() && !columnKeys.contains(column)) {
                throw new IllegalStateException(Msg.get("template.badRow", table, n.toString()));
            }
            return new PrintLayout.Item(row, column, n.path("label").asText(""), n.has("bold") ? n.path("bold").asBoolean() : null);
        };
        java.util.function.Function<JsonNode, PrintLayout.Side> side = n -> {
            if (n.isMissingNode()) {
                return null;
            }
            List<PrintLayout.Item> items = new ArrayList<>();
            n.path("items").forEach(i -> items.add(item.apply(i)));
            List<String> cols = strings(n.path("columns"));
            if (!columnKeys.containsAll(cols)) {
                throw new IllegalStateException(Msg.get("template.badRow", table, n.toString()));
            }
            JsonNode select = n.path("rows");
            return new PrintLayout.Side(select.path("prefix").asText(""), strings(select.path("classes")),
                    select.path("coded").asBoolean(false), items, cols, n.path("boldLevel").asInt(0));
        };
        List<PrintLayout.Line> closing = new ArrayList<>();
        p.path("closing").forEach(l -> closing.add(new PrintLayout.Line(item.apply(l.path("left")), item.apply(l.path("right")))));
        return new PrintLayout(side.apply(p.path("left")), side.apply(p.path("right")), closing, p.path("across").asBoolean(false));
    }

    /** 1 → 一, 11 → 十一, 26 → 二十六. */
    public static String numeral(int n) {
        if (n <= 10) {
            return CHINESE_NUMERALS[n - 1];
        }
        if (n < 20) {
            return CHINESE_NUMERALS[9] + CHINESE_NUMERALS[n - 11];
        }
        int tens = n / 10;
        int ones = n % 10;
        return CHINESE_NUMERALS[tens - 1] + CHINESE_NUMERALS[9] + (ones == 0 ? "" : CHINESE_NUMERALS[ones - 1]);
    }

    private static List<Basis> bases(JsonNode node) {
        return strings(node).stream().map(Basis::valueOf).toList();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<CatalogEntry> readCatalog(String resource) {
        List<CatalogEntry> out = new ArrayList<>();
        for (String[] f : csvLines(resource)) {
            String code = f[0].strip();
            if (!CatalogKind.FUNCTION.wellFormed(code) || f.length < 2) {
                throw new IllegalStateException(Msg.get("template.badCode", resource, code));
            }
            out.add(new CatalogEntry(code, f[1].strip(), CatalogKind.level(code)));
        }
        return out;
    }

    /** The data lines of a template CSV (after its header line; # comments and blank lines skipped). */
    private static List<String[]> csvLines(String resource) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A year's JSON file, its own or the one of the year it inherits from. */
    static JsonNode readJson(int year, String file) {
        String own = "/template/" + year + "/" + file;
        if (TemplateLoader.class.getResource(own) == null && !"template.json".equals(file)) {
            int parent = readJson(year, "template.json").path("inherits").asInt(0);
            if (parent == 0) {
                throw new IllegalStateException(Msg.get("template.missingPiece", own));
            }
            return readJson(parent, file);
        }
        try (InputStream in = open(own)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UserFailure(Msg.get("template.broken", year, Msg.get("template.unreadable", own)), e);
        }
    }

    /** The JSON of a template file for a year, following inheritance (for the audit relations). */
    public static JsonNode json(int year, String file) {
        return readJson(year, file);
    }

    private static InputStream open(String resource) {
        InputStream in = TemplateLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(Msg.get("template.missingPiece", resource));
        }
        return in;
    }
}
