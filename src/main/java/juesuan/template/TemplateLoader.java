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
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.model.Catalog;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.FieldDef;
import juesuan.model.FigureRef;
import juesuan.model.FormSection;
import juesuan.model.GlossaryTerm;
import juesuan.model.RowDef;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.ValueType;
import juesuan.model.YearTemplate;

/** Loads {@link YearTemplate}s from the application's resources; each year is read once. */
public final class TemplateLoader {
    /** 一 … 十, the digits of the Chinese numbering of rows (一、二、…). */
    private static final String[] CHINESE_NUMERALS = Msg.get("numerals.digits").split(",");
    private static final Map<Integer, YearTemplate> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateLoader() {
    }

    /** The years that have a template, newest last. */
    public static List<Integer> availableYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = 2020; y <= 2040; y++) {
            if (TemplateLoader.class.getResource("/template/" + y + "/tables.json") != null) {
                years.add(y);
            }
        }
        return years;
    }

    /** The template for a fiscal year: that year's, or the newest older one when the year has none yet. */
    public static YearTemplate forFiscalYear(int fiscalYear) {
        int chosen = -1;
        for (int y : availableYears()) {
            if (y <= fiscalYear) {
                chosen = y;
            }
        }
        if (chosen < 0) {
            throw new IllegalArgumentException("no template for fiscal year " + fiscalYear);
        }
        return load(chosen);
    }

    /** The template of a year; a year the program has no template for is refused with a Chinese sentence. */
    public static YearTemplate load(int year) {
        if (TemplateLoader.class.getResource("/template/" + year + "/tables.json") == null) {
            throw new juesuan.failure.UserFailure(Msg.get("template.missingYear", year,
                    String.join(Msg.get("cli.listSeparator"), availableYears().stream().map(String::valueOf).toList())));
        }
        return CACHE.computeIfAbsent(year, TemplateLoader::read);
    }

    private static YearTemplate read(int year) {
        String base = "/template/" + year + "/";
        Catalog functions = new Catalog(Msg.get("catalog.functions"), year, readCatalog(base + "function-classification.csv"));
        Catalog economics = new Catalog(Msg.get("catalog.economics"), year, readCatalog(base + "economic-classification.csv"));
        JsonNode tablesJson = readJson(base + "tables.json");
        List<String> classRows = strings(tablesJson.path("classRows"));
        List<TableTemplate> tables = new ArrayList<>();
        for (JsonNode t : tablesJson.path("tables")) {
            tables.add(table(t, functions, economics, classRows));
        }
        JsonNode formsJson = readJson(base + "forms.json");
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
        JsonNode cmpJson = readJson(base + "comparisons.json");
        List<ComparisonDef> comparisons = new ArrayList<>();
        for (JsonNode c : cmpJson.path("comparisons")) {
            comparisons.add(new ComparisonDef(c.path("key").asText(), c.path("section").asText(), c.path("label").asText(),
                    FigureRef.parse(c.path("current").asText()), bases(c.path("bases"))));
        }
        List<ComparisonGroup> groups = new ArrayList<>();
        for (JsonNode g : cmpJson.path("groups")) {
            groups.add(new ComparisonGroup(g.path("id").asText(), g.path("table").asText(), g.path("column").asText(),
                    "leaves".equals(g.path("rows").asText()), g.path("keyPrefix").asText(), g.path("label").asText(),
                    g.path("section").asText(), bases(g.path("bases"))));
        }
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (JsonNode g : readJson(base + "glossary.json").path("terms")) {
            glossary.add(new GlossaryTerm(g.path("term").asText(), g.path("definition").asText()));
        }
        return new YearTemplate(year, functions, economics, tables, forms, comparisons, groups, glossary);
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
                                () -> new IllegalStateException(code + ": class " + classCode + " not in the catalog"));
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
                                () -> new IllegalStateException(code + ": economic class " + classCode + " not in the catalog"));
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
                                throw new IllegalStateException(code + ": unknown row group " + s);
                            }
                            sum.addAll(g);
                        } else {
                            sum.add(s);
                        }
                    }
                    rows.add(new RowDef(r.path("key").asText(), r.path("code").asText(""), r.path("label").asText(),
                            r.path("level").asInt(1), sum, r.path("allowNegative").asBoolean(false)));
                }
                default -> throw new IllegalStateException(code + ": unknown row expansion " + expand);
            }
        }
        return new TableTemplate(code, t.path("number").asText(), t.path("title").asText(), t.path("shortTitle").asText(),
                kind, columns, rows, t.path("note").asText(""));
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
                int comma = line.indexOf(',');
                String code = line.substring(0, comma).strip();
                String name = line.substring(comma + 1).strip();
                int level = switch (code.length()) {
                    case 3 -> 1;
                    case 5 -> 2;
                    case 7 -> 3;
                    default -> throw new IllegalStateException(resource + ": bad code " + code);
                };
                out.add(new CatalogEntry(code, name, level));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static JsonNode readJson(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TemplateLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing template resource " + resource);
        }
        return in;
    }
}
