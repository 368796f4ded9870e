package juesuan.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Iterator;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Map;
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.model.CatalogKind;
import juesuan.model.LocalCode;
import juesuan.model.Comparison;
import juesuan.model.FinalEvent;
import juesuan.model.GlossaryTerm;
import juesuan.model.Indicator;
import juesuan.model.IndicatorNature;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.ReasonKey;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.TextOverride;
import juesuan.model.Unit;
import juesuan.model.UnitItemKind;

/** The JSON form of a report. Amounts are 万元 decimal strings, exact to 分 (up to 6 decimals). */
public final class ReportJson {
    public static final String FORMAT = "juesuan-report";
    /** 2 added the 定稿 log ({@code finalLog}); a version 1 file is read as a report never finalised. */
    public static final int VERSION = 2;
    /** The parts of a file that describe the file or the 定稿 log rather than the report's data: not in its digest. */
    private static final java.util.Set<String> NOT_DATA = java.util.Set.of("format", "version", "amountUnit", "finalLog");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /**
     * Reads a report file. Everything is checked before a report is returned: the JSON itself, the format and its
     * version, the required fields, and every amount (a number, at most 分, within what can be stored). A file that
     * fails any check is refused with a Chinese message naming the place ({@link ReportFileException}).
     */
    public static Report read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ReportFileException(Msg.get("exchange.notJson", loc == null ? 0 : loc.getLineNr()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new ReportFileException(Msg.get("exchange.notOurFile", FORMAT));
        }
        return fromTree(root);
    }

    public static Report fromTree(JsonNode root) {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ReportFileException(Msg.get("exchange.notOurFile", FORMAT));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || version.asInt() < 1) {
            throw new ReportFileException(Msg.get("exchange.noVersion"));
        }
        if (version.asInt() > VERSION) {
            throw new ReportFileException(Msg.get("exchange.newerVersion", version.asInt(), VERSION));
        }
        JsonNode u = root.path("unit");
        String code = u.path("code").asText("").strip();
        String name = u.path("name").asText("").strip();
        if (code.isEmpty()) {
            throw new ReportFileException(Msg.get("exchange.missing", "unit.code", Msg.get("exchange.field.unitCode")));
        }
        if (name.isEmpty()) {
            throw new ReportFileException(Msg.get("exchange.missing", "unit.name", Msg.get("exchange.field.unitName")));
        }
        JsonNode yearNode = root.get("fiscalYear");
        if (yearNode == null || !yearNode.canConvertToInt() || yearNode.asInt() < 1990 || yearNode.asInt() > 2100) {
            throw new ReportFileException(Msg.get("exchange.badYear", yearNode == null ? "" : yearNode.asText()));
        }
        Unit unit = new Unit(code, name);
        unit.setSupervisor(u.path("supervisor").asText(""));
        unit.setUnitType(u.path("unitType").asText(""));
        unit.setContactPerson(u.path("contactPerson").asText(""));
        unit.setContactPhone(u.path("contactPhone").asText(""));
        u.path("duties").forEach(n -> unit.getDuties().add(n.asText()));
        u.path("subunits").forEach(n -> unit.getSubunits().add(n.asText()));
        u.path("internalBodies").forEach(n -> unit.getInternalBodies().add(n.asText()));

        int year = root.path("fiscalYear").asInt();
        Report report = new Report(unit, year, root.path("templateYear").asInt(year), root.path("profile").asText("chongqing"));
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            TableData data = report.table(t.getKey());
            t.getValue().path("rows").forEach(r -> data.addRow(r.asText()));
            readCells(t.getValue().path("printed"), "tables." + t.getKey() + ".printed.", data::setPrinted);
            readCells(t.getValue().path("cells"), "tables." + t.getKey() + ".cells.", data::set);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("comparisons").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            String at = "comparisons." + c.getKey() + ".";
            report.setComparison(c.getKey(), new Comparison(yuan(c.getValue().get("priorFinal"), at + "priorFinal"),
                    yuan(c.getValue().get("initialBudget"), at + "initialBudget"),
                    yuan(c.getValue().get("fullYearBudget"), at + "fullYearBudget")));
        }
        root.path("reasons").forEach(r -> report.setReason(r.path("key").asText(),
                Basis.valueOf(r.path("basis").asText()), r.path("text").asText()));
        root.path("amounts").fields().forEachRemaining(e -> report.setAmount(e.getKey(), yuan(e.getValue(), "amounts." + e.getKey())));
        root.path("counts").fields().forEachRemaining(e -> report.setCount(e.getKey(), e.getValue().asLong()));
        root.path("texts").fields().forEachRemaining(e -> report.setText(e.getKey(), e.getValue().asText()));
        int n = 0;
        for (JsonNode p : root.path("projects")) {
            report.projects().add(project(p, "projects[" + (++n) + "]."));
        }
        root.path("glossary").forEach(g -> report.glossary().add(
                new GlossaryTerm(g.path("term").asText(), g.path("definition").asText())));
        root.path("settings").fields().forEachRemaining(e -> report.setSetting(e.getKey(), e.getValue().asText()));
        root.path("explanations").fields().forEachRemaining(e -> report.setExplanation(e.getKey(), e.getValue().asText()));
        root.path("overrides").fields().forEachRemaining(e -> report.setOverride(e.getKey(),
                new TextOverride(e.getValue().path("text").asText(), e.getValue().path("generated").asText())));
        n = 0;
        for (JsonNode c : root.path("codes")) {
            report.localCodes().add(localCode(c, "codes[" + (++n) + "]"));
        }
        n = 0;
        for (JsonNode e : root.path("finalLog")) {
            report.finalLog().add(finalEvent(e, "finalLog[" + (++n) + "]"));
        }
        return report;
    }

    private static FinalEvent finalEvent(JsonNode e, String at) {
        try {
            FinalEvent.Kind kind = FinalEvent.Kind.valueOf(e.path("kind").asText());
            String digest = e.path("digest").asText("");
            int version = e.path("version").asInt(0);
            if (version < 1 || !digest.matches("[0-9a-f]{64}")) {
                throw new ReportFileException(Msg.get("exchange.badFinalEvent", at));
            }
            return new FinalEvent(kind, java.time.LocalDateTime.parse(e.path("at").asText()), e.path("osUser").asText(""),
                    e.path("person").asText(""), version, digest, e.path("reason").asText(""));
        } catch (IllegalArgumentException | java.time.DateTimeException ex) {
            throw new ReportFileException(Msg.get("exchange.badFinalEvent", at), ex);
        }
    }

    private static LocalCode localCode(JsonNode c, String at) {
        CatalogKind catalog;
        LocalCode.Origin origin;
        try {
            catalog = CatalogKind.valueOf(c.path("catalog").asText("FUNCTION"));
            origin = LocalCode.Origin.valueOf(c.path("origin").asText("ADDED"));
        } catch (IllegalArgumentException e) {
            throw new ReportFileException(Msg.get("exchange.badCode", at, c.path("code").asText("")));
        }
        String code = c.path("code").asText("").strip();
        String name = c.path("name").asText("").strip();
        if (!catalog.wellFormed(code) || name.isEmpty()) {
            throw new ReportFileException(Msg.get("exchange.badCode", at, code));
        }
        return new LocalCode(catalog, code, name, origin);
    }

    private static PerformanceProject project(JsonNode p, String at) {
        PerformanceProject project = new PerformanceProject();
        project.setName(p.path("name").asText());
        project.setDepartment(p.path("department").asText(""));
        project.setImplementingUnit(p.path("implementingUnit").asText(""));
        project.setFinanceOffice(p.path("financeOffice").asText(""));
        project.setContactPerson(p.path("contactPerson").asText(""));
        project.setContactPhone(p.path("contactPhone").asText(""));
        project.setTotalInitial(yuan(p.get("totalInitial"), at + "totalInitial"));
        project.setTotalAdjusted(yuan(p.get("totalAdjusted"), at + "totalAdjusted"));
        project.setTotalExecuted(yuan(p.get("totalExecuted"), at + "totalExecuted"));
        project.setFiscalInitial(yuan(p.get("fiscalInitial"), at + "fiscalInitial"));
        project.setFiscalAdjusted(yuan(p.get("fiscalAdjusted"), at + "fiscalAdjusted"));
        project.setFiscalExecuted(yuan(p.get("fiscalExecuted"), at + "fiscalExecuted"));
        project.setExecutionWeight(decimal(p.get("executionWeight")));
        project.setGoalInitial(p.path("goalInitial").asText(""));
        project.setGoalAdjusted(p.path("goalAdjusted").asText(""));
        project.setGoalAchieved(p.path("goalAchieved").asText(""));
        for (JsonNode i : p.path("indicators")) {
            project.getIndicators().add(new Indicator(i.path("name").asText(), i.path("measureUnit").asText(""),
                    IndicatorNature.fromText(i.path("nature").asText()).orElseThrow(
                            () -> new ReportFileException(Msg.get("indicator.badNature", i.path("nature").asText()))),
                    decimal(i.get("targetValue")), decimal(i.get("actualValue")), decimal(i.get("scoreCoefficient")),
                    decimal(i.get("weight")), i.path("note").asText("")));
        }
        return project;
    }

    /** The largest amount a report can hold: what the database stores (16 integer digits of 元), in 万元. */
    static final BigDecimal MAX_WAN = new BigDecimal("1000000000000");

    /** A 万元 amount of the file, checked: a number, at most 分 (6 decimals of 万元), within range. */
    private static BigDecimal yuan(JsonNode wan, String at) {
        if (wan == null || wan.isNull()) {
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(wan.asText().strip());
        } catch (NumberFormatException e) {
            throw new ReportFileException(Msg.get("exchange.notAmount", at, wan.asText()));
        }
        if (v.stripTrailingZeros().scale() > Money.MAX_WAN_DECIMALS) {
            throw new ReportFileException(Msg.get("exchange.finerThanFen", at, wan.asText()));
        }
        if (v.abs().compareTo(MAX_WAN) >= 0) {
            throw new ReportFileException(Msg.get("exchange.tooLarge", at, wan.asText()));
        }
        return Money.wanToYuan(v);
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(n.asText().strip());
            if (v.stripTrailingZeros().scale() > 6 || v.abs().compareTo(MAX_WAN) >= 0) {
                throw new ReportFileException(Msg.get("exchange.badNumber", n.asText()));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ReportFileException(Msg.get("exchange.badNumber", n.asText()));
        }
    }

    /** An independent deep copy of a report (for work on another thread while the original is being edited). */
    public static Report copy(Report report) {
        try {
            return fromTree(JSON.readTree(write(report)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a report in the same format {@link #read} takes. */
    public static String write(Report report) {
        try {
            return JSON.writeValueAsString(tree(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report's data in one canonical form: the file's fields in a fixed order, without the file's own marks
     * (format, version) and without the 定稿 log, as compact UTF-8 JSON. The same data gives the same bytes on any
     * machine and after any number of export and import rounds: what the digest and the check code are made of.
     */
    public static byte[] canonical(Report report) {
        ObjectNode root = tree(report);
        root.remove(NOT_DATA);
        // only the codes the report uses: the year's list in another database may hold more (other units' codes)
        putCodes(root.putArray("codes"), report.usedLocalCodes());
        try {
            return COMPACT.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper COMPACT = new ObjectMapper();

    private static ObjectNode tree(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("amountUnit", "万元");
        ObjectNode u = root.putObject("unit");
        Unit unit = report.unit();
        // absent and empty details are one thing (the store keeps ""): the same data gives the same file and digest
        u.put("code", unit.getCode()).put("name", unit.getName()).put("supervisor", nz(unit.getSupervisor()))
                .put("unitType", nz(unit.getUnitType())).put("contactPerson", nz(unit.getContactPerson()))
                .put("contactPhone", nz(unit.getContactPhone()));
        for (UnitItemKind kind : UnitItemKind.values()) {
            ArrayNode a = u.putArray(switch (kind) {
                case DUTY -> "duties";
                case SUBUNIT -> "subunits";
                case BODY -> "internalBodies";
            });
            unit.items(kind).forEach(a::add);
        }
        root.put("fiscalYear", report.fiscalYear()).put("templateYear", report.templateYear()).put("profile", report.profile());
        ObjectNode tables = root.putObject("tables");
        new TreeMap<>(report.tables()).forEach((code, data) -> {
            if (data.isEmpty()) {
                return;
            }
            ObjectNode t = tables.putObject(code);
            ArrayNode rows = t.putArray("rows");
            new TreeSet<>(data.rows()).forEach(rows::add);
            putCells(t.putObject("cells"), data.cells());
            if (!data.printed().isEmpty()) {
                putCells(t.putObject("printed"), data.printed());
            }
        });
        ObjectNode cmp = root.putObject("comparisons");
        new TreeMap<>(report.comparisons()).forEach((k, c) -> {
            ObjectNode o = cmp.putObject(k);
            putWan(o, "priorFinal", c.priorFinal());
            putWan(o, "initialBudget", c.initialBudget());
            putWan(o, "fullYearBudget", c.fullYearBudget());
        });
        ArrayNode reasons = root.putArray("reasons");
        report.reasons().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<ReasonKey, String> e) -> e.getKey().comparisonKey())
                        .thenComparing(e -> e.getKey().basis()))
                .forEach(e -> reasons.addObject().put("key", e.getKey().comparisonKey())
                        .put("basis", e.getKey().basis().name()).put("text", e.getValue()));
        ObjectNode amounts = root.putObject("amounts");
        new TreeMap<>(report.amounts()).forEach((k, v) -> amounts.put(k, wan(v)));
        ObjectNode counts = root.putObject("counts");
        new TreeMap<>(report.counts()).forEach(counts::put);
        ObjectNode texts = root.putObject("texts");
        new TreeMap<>(report.texts()).forEach(texts::put);
        ArrayNode projects = root.putArray("projects");
        for (PerformanceProject p : report.projects()) {
            ObjectNode o = projects.addObject();
            o.put("name", p.getName()).put("department", p.getDepartment()).put("financeOffice", p.getFinanceOffice())
                    .put("contactPerson", p.getContactPerson()).put("contactPhone", p.getContactPhone());
            if (!p.getImplementingUnit().isBlank()) {
                o.put("implementingUnit", p.getImplementingUnit()); // only when set: the digest of earlier reports stays
            }
            putWan(o, "totalInitial", p.getTotalInitial());
            putWan(o, "totalAdjusted", p.getTotalAdjusted());
            putWan(o, "totalExecuted", p.getTotalExecuted());
            putWan(o, "fiscalInitial", p.getFiscalInitial());
            putWan(o, "fiscalAdjusted", p.getFiscalAdjusted());
            putWan(o, "fiscalExecuted", p.getFiscalExecuted());
            putDecimal(o, "executionWeight", p.getExecutionWeight());
            o.put("goalInitial", p.getGoalInitial()).put("goalAdjusted", p.getGoalAdjusted()).put("goalAchieved", p.getGoalAchieved());
            ArrayNode inds = o.putArray("indicators");
            for (Indicator i : p.getIndicators()) {
                ObjectNode io = inds.addObject();
                io.put("name", i.name()).put("measureUnit", i.measureUnit()).put("nature", i.nature().symbol());
                putDecimal(io, "targetValue", i.targetValue());
                putDecimal(io, "actualValue", i.actualValue());
                putDecimal(io, "scoreCoefficient", i.scoreCoefficient());
                putDecimal(io, "weight", i.weight());
                io.put("note", i.note());
            }
        }
        ArrayNode glossary = root.putArray("glossary");
        report.glossary().forEach(g -> glossary.addObject().put("term", g.term()).put("definition", g.definition()));
        ObjectNode settings = root.putObject("settings");
        new TreeMap<>(report.settings()).forEach(settings::put);
        ObjectNode explanations = root.putObject("explanations");
        new TreeMap<>(report.explanations()).forEach(explanations::put);
        putCodes(root.putArray("codes"), report.localCodes());
        ObjectNode overrides = root.putObject("overrides");
        new TreeMap<>(report.overrides()).forEach((k, o) -> overrides.putObject(k).put("text", o.text()).put("generated", o.generated()));
        ArrayNode log = root.putArray("finalLog");
        report.finalLog().forEach(e -> log.addObject().put("kind", e.kind().name()).put("at", e.at().toString())
                .put("osUser", e.osUser()).put("person", e.person()).put("version", e.version()).put("digest", e.digest())
                .put("reason", e.reason()));
        return root;
    }

    /** Codes as the report file writes them (also the handover package's codes.json). */
    static void putCodes(ArrayNode into, java.util.List<LocalCode> codes) {
        codes.forEach(c -> into.addObject().put("catalog", c.catalog().name()).put("code", c.code())
                .put("name", c.name()).put("origin", c.origin().name()));
    }

    /** A row → column → 万元 object of the file, each amount checked, into a report's table. */
    private static void readCells(JsonNode rows, String at, CellSetter into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = rows.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> row = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> cols = row.getValue().fields(); cols.hasNext(); ) {
                Map.Entry<String, JsonNode> col = cols.next();
                into.set(row.getKey(), col.getKey(), yuan(col.getValue(), at + row.getKey() + "." + col.getKey()));
            }
        }
    }

    private interface CellSetter {
        void set(String row, String column, BigDecimal yuan);
    }

    /** Row → column → 元 as a row → column → 万元 object, in key order. */
    private static void putCells(ObjectNode into, Map<String, Map<String, BigDecimal>> cells) {
        new TreeMap<>(cells).forEach((row, cols) -> {
            ObjectNode r = into.putObject(row);
            new TreeMap<>(cols).forEach((col, v) -> r.put(col, wan(v)));
        });
    }

    private static String wan(BigDecimal yuan) {
        return Money.yuanToWan(yuan).toPlainString();
    }

    private static void putWan(ObjectNode o, String key, BigDecimal yuan) {
        if (yuan != null) {
            o.put(key, wan(yuan));
        }
    }

    private static void putDecimal(ObjectNode o, String key, BigDecimal v) {
        if (v != null) {
            o.put(key, v.stripTrailingZeros().toPlainString()); // 90, whether typed as 90 or read back as 90.0000
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
