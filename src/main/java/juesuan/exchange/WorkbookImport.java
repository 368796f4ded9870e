package juesuan.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.model.CatalogKind;
import juesuan.model.ColumnDef;
import juesuan.model.LocalCode;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.RowDef;
import juesuan.model.TableData;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.YearTemplate;
import juesuan.template.TemplateLoader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the nine 公开表 from a workbook as the reporting system exports them (.xlsx or .xls): one sheet per table or
 * several tables on a sheet, titles and multi-row headers, codes in one column or over 类/款/项, indented names,
 * amounts in 元 or 万元 (from each table's 单位 line, or as told), blank rows, cached formula values; hidden sheets
 * are passed over. Tables are found by their titles and rows by code or name, never by position. A workbook with a
 * problem is refused whole, with one Chinese sentence naming sheet and cell; nothing is changed.
 */
public final class WorkbookImport {
    private static final int HEADER_ROWS = 6;
    private static final int PREVIEW_CELLS = 40;
    private static final BigDecimal MAX_WAN = new BigDecimal("1000000000000");

    private WorkbookImport() {
    }

    /** How the workbook's amounts are given. */
    public enum AmountUnit {
        YUAN, WAN;

        /** "元" / "万元" in a 单位 line, or null. */
        static AmountUnit of(String unitLine) {
            String t = unitLine.replaceAll("[\\s\\u3000:\\uFF1A]", "");
            int i = t.indexOf(Msg.get("workbook.unitWord"));
            if (i < 0) {
                return null;
            }
            String rest = t.substring(i + Msg.get("workbook.unitWord").length());
            if (rest.startsWith(Msg.get("workbook.wan"))) {
                return WAN;
            }
            return rest.startsWith(Msg.get("workbook.yuan")) ? YUAN : null;
        }
    }

    /** The report setting under which the confirmed mapping is kept (carried to next year by rollover). */
    public static final String MAPPING_SETTING = "workbookMapping";

    /**
     * What the officer confirmed for a workbook whose headings the program did not recognise: which sheet holds a
     * table, and which heading is a table's column. Kept with the report and carried to next year's.
     *
     * @param sheets  table code → the sheet that holds it
     * @param columns table code → column key → the heading used in the workbook
     */
    public record Mapping(Map<String, String> sheets, Map<String, Map<String, String>> columns) {
        public static final Mapping NONE = new Mapping(Map.of(), Map.of());

        public Mapping {
            sheets = Map.copyOf(sheets);
            Map<String, Map<String, String>> c = new LinkedHashMap<>();
            columns.forEach((k, v) -> c.put(k, Map.copyOf(v)));
            columns = Map.copyOf(c);
        }

        public Mapping withSheet(String table, String sheet) {
            Map<String, String> s = new LinkedHashMap<>(sheets);
            s.put(table, sheet);
            return new Mapping(s, columns);
        }

        public Mapping withColumn(String table, String column, String heading) {
            Map<String, Map<String, String>> c = new LinkedHashMap<>();
            columns.forEach((k, v) -> c.put(k, new LinkedHashMap<>(v)));
            c.computeIfAbsent(table, k -> new LinkedHashMap<>()).put(column, heading);
            return new Mapping(sheets, c);
        }

        /** The mapping kept in a report's settings (none when there is none or it cannot be read). */
        public static Mapping of(Report report) {
            String json = report.setting(MAPPING_SETTING);
            if (json == null || json.isBlank()) {
                return NONE;
            }
            try {
                var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
                Map<String, String> s = new LinkedHashMap<>();
                root.path("sheets").fields().forEachRemaining(e -> s.put(e.getKey(), e.getValue().asText()));
                Map<String, Map<String, String>> c = new LinkedHashMap<>();
                root.path("columns").fields().forEachRemaining(t -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    t.getValue().fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
                    c.put(t.getKey(), m);
                });
                return new Mapping(s, c);
            } catch (IOException e) {
                return NONE;
            }
        }

        /** The mapping as JSON for the report's settings. */
        public String toJson() {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = mapper.createObjectNode();
            var s = root.putObject("sheets");
            new java.util.TreeMap<>(sheets).forEach(s::put);
            var c = root.putObject("columns");
            new java.util.TreeMap<>(columns).forEach((t, m) -> {
                var o = c.putObject(t);
                new java.util.TreeMap<>(m).forEach(o::put);
            });
            return root.toString();
        }

        public boolean isEmpty() {
            return sheets.isEmpty() && columns.isEmpty();
        }
    }

    /** Tables the workbook's titles do not name: the caller may let the officer say which sheet holds each. */
    public static final class TablesMissing extends UserFailure {
        private static final long serialVersionUID = 1L;
        private final List<String> tables;
        private final List<String> sheets;

        TablesMissing(String message, List<String> tables, List<String> sheets) {
            super(message);
            this.tables = List.copyOf(tables);
            this.sheets = List.copyOf(sheets);
        }

        /** The codes of the tables not found. */
        public List<String> tables() {
            return tables;
        }

        /** The visible sheets, to choose from. */
        public List<String> sheets() {
            return sheets;
        }
    }

    /** A column the headings do not name: the caller may let the officer pick the heading. */
    public static final class ColumnUnknown extends UserFailure {
        private static final long serialVersionUID = 1L;
        private final String table;
        private final String column;
        private final List<String> headings;

        ColumnUnknown(String message, String table, String column, List<String> headings) {
            super(message);
            this.table = table;
            this.column = column;
            this.headings = List.copyOf(headings);
        }

        public String table() {
            return table;
        }

        public String column() {
            return column;
        }

        /** The table's headings in the workbook, to choose from. */
        public List<String> headings() {
            return headings;
        }
    }

    /** A table without a 单位 line when no unit was given: the caller may ask the officer and read again. */
    public static final class UnitUnknown extends UserFailure {
        private static final long serialVersionUID = 1L;

        UnitUnknown(String message) {
            super(message);
        }
    }

    /** One typed cell the import sets (after null: cleared), with its place in words. */
    public record Change(String table, String row, String column, BigDecimal before, BigDecimal after, String at) {
    }

    /** A total or parent row in the workbook that is not the sum of its own rows there. */
    public record Disagreement(String table, String row, String column, BigDecimal workbook, BigDecimal sum, String at) {
    }

    /**
     * What an import would do.
     *
     * @param file         the workbook's name
     * @param sheets       table code → the sheet it was found on
 * @param titles       table code → its number and title, for the preview
     * @param changes      typed cells that are new, changed or cleared
     * @param newCodes     项 codes the year's catalog lacks, with the workbook's names (added as 新增科目)
     * @param disagreements the workbook's own totals that differ from its rows
     * @param imported     the report as it would be after the import (tables replaced)
     */
    public record Plan(String file, Map<String, String> sheets, Map<String, String> titles, List<Change> changes,
                       List<LocalCode> newCodes, List<Disagreement> disagreements, Report imported) {
        /** The preview: per table the cells that change, the new codes and the totals that disagree. */
        public String describe() {
            StringBuilder b = new StringBuilder(Msg.get("workbook.summary", file, sheets.size(), changes.size(),
                    newCodes.size(), disagreements.size()));
            Map<String, Long> perTable = new LinkedHashMap<>();
            changes.forEach(c -> perTable.merge(c.table(), 1L, Long::sum));
            perTable.forEach((t, n) -> {
                b.append('\n').append(Msg.get("workbook.tableLine", titles.getOrDefault(t, t), sheets.get(t), n));
                changes.stream().filter(c -> c.table().equals(t)).limit(PREVIEW_CELLS).forEach(c -> b.append('\n').append(
                        Msg.get("workbook.cellLine", c.at(), c.before() == null ? Msg.get("workbook.blank") : Money.formatWan(c.before()),
                                c.after() == null ? Msg.get("workbook.cleared") : Money.formatWan(c.after()))));
                if (n > PREVIEW_CELLS) {
                    b.append('\n').append(Msg.get("workbook.moreCells", n - PREVIEW_CELLS));
                }
            });
            for (LocalCode c : newCodes) {
                b.append('\n').append(Msg.get("workbook.newCodeLine", c.code(), c.name()));
            }
            for (Disagreement d : disagreements) {
                b.append('\n').append(Msg.get("workbook.disagreeLine", d.at(), Money.formatWan(d.workbook()), Money.formatWan(d.sum())));
            }
            return b.toString();
        }
    }

    /** A cell of the workbook as read: its text, its number (when it is one), and where it is. */
    private record Value(String text, BigDecimal number, String at) {
        boolean blank() {
            return text.isBlank() && number == null;
        }
    }

    /** A table found on a sheet: the rows from its title to the next title. */
    private record Region(TableTemplate table, String sheet, List<List<Value>> rows) {
    }

    /**
     * Reads a workbook for a report: every figure of the nine tables the officer types.
     *
     * @param assumed the unit of amounts when a table has no 单位 line (null: such a table is refused)
     */
    public static Plan plan(Path file, Report report, AmountUnit assumed) {
        return plan(file, report, assumed, Mapping.of(report));
    }

    /**
     * The same with a mapping the officer confirmed (which sheet holds a table, which heading is a column); the
     * imported report keeps it for next year.
     */
    public static Plan plan(Path file, Report report, AmountUnit assumed, Mapping mapping) {
        YearTemplate template = TemplateLoader.forReport(report);
        List<Region> regions = regions(file, template, mapping);
        Report imported = ReportJson.copy(report);
        imported.setId(report.getId());
        List<LocalCode> newCodes = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        Map<String, String> sheets = new LinkedHashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (Region r : regions) {
            sheets.put(r.table().code(), r.sheet());
            TableData data = new TableData(r.table().code());
            AmountUnit unit = unit(r, assumed);
            if (r.table().kind() == TableKind.FUNCTION) {
                readFunction(r, unit, template, data, newCodes, disagreements, mapping);
            } else {
                readFixed(r, unit, template, data, pending, mapping);
            }
            imported.tables().put(r.table().code(), data);
        }
        for (LocalCode c : newCodes) {
            if (imported.localCodes().stream().noneMatch(x -> x.code().equals(c.code()))) {
                imported.localCodes().add(c);
            }
        }
        if (!mapping.isEmpty()) {
            imported.setSetting(MAPPING_SETTING, mapping.toJson());
        }
        if (!pending.isEmpty()) {
            juesuan.calculation.ReportFigures f = new juesuan.calculation.ReportFigures(imported, TemplateLoader.forReport(imported));
            for (Pending p : pending) {
                BigDecimal v = imported.table(p.table()).get(p.row(), p.column());
                for (String m : p.minus()) {
                    v = v.subtract(f.value(juesuan.model.FigureRef.parse(m)));
                }
                imported.table(p.table()).set(p.row(), p.column(), v.signum() == 0 ? null : v);
            }
        }
        List<Change> changes = new ArrayList<>();
        YearTemplate effective = TemplateLoader.forReport(imported);
        for (TableTemplate t : template.tables()) {
            List<Change> found = new ArrayList<>();
            diff(t.code(), report.table(t.code()), imported.table(t.code()), found);
            for (Change c : found) {
                String row = t.row(c.row()).map(RowDef::label)
                        .orElseGet(() -> effective.functions().find(c.row()).map(e -> Msg.get("table.rowWithCode", e.name(), e.code()))
                                .orElse(c.row()));
                String col = t.column(c.column()).map(ColumnDef::label).orElse(c.column());
                changes.add(new Change(c.table(), c.row(), c.column(), c.before(), c.after(), row + " · " + col));
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        template.tables().forEach(t -> titles.put(t.code(), t.number() + " " + t.title()));
        return new Plan(file.getFileName().toString(), sheets, titles, List.copyOf(changes), List.copyOf(newCodes),
                List.copyOf(disagreements), imported);
    }

    /**
     * Reads last year's workbook and fills this report's 上年决算数 from its figures (the comparisons the text makes).
     * Returns the report with the 上年决算数 set, and how many were filled.
     */
    public static Rollover.Result previousYear(Path file, Report report, AmountUnit assumed) {
        int lastYear = report.fiscalYear() - 1;
        Report last = new Report(report.unit(), lastYear, TemplateLoader.templateYearFor(lastYear), report.profile());
        last.localCodes().addAll(report.localCodes().stream().filter(c -> c.origin() == LocalCode.Origin.ADDED).toList());
        Plan read = plan(file, last, assumed, Mapping.of(report));
        read.imported().localCodes().addAll(read.newCodes());
        Rollover.Result carried = Rollover.from(read.imported(), report.fiscalYear());
        Report out = ReportJson.copy(report);
        out.setId(report.getId());
        carried.report().comparisons().forEach((key, c) -> out.setComparison(key, out.comparison(key).withPriorFinal(c.priorFinal())));
        return new Rollover.Result(out, carried.unmapped(), carried.filled());
    }

    private static void diff(String table, TableData before, TableData after, List<Change> out) {
        Set<String> rows = new TreeSet<>(before.cells().keySet());
        rows.addAll(after.cells().keySet());
        for (String row : rows) {
            Set<String> cols = new TreeSet<>();
            if (before.cells().containsKey(row)) {
                cols.addAll(before.cells().get(row).keySet());
            }
            if (after.cells().containsKey(row)) {
                cols.addAll(after.cells().get(row).keySet());
            }
            for (String col : cols) {
                BigDecimal a = before.get(row, col);
                BigDecimal b = after.get(row, col);
                // a blank and a typed 0 print the same: not a change
                if (Money.orZero(a).compareTo(Money.orZero(b)) != 0) {
                    out.add(new Change(table, row, col, a, b, ""));
                }
            }
        }
    }

    // ------------------------------------------------------------------ finding the tables

    private static List<Region> regions(Path file, YearTemplate template, Mapping mapping) {
        List<Region> found = new ArrayList<>();
        List<String> visible = new ArrayList<>();
        try (Workbook wb = open(file)) {
            DataFormatter format = new DataFormatter(Locale.CHINA);
            for (Sheet sheet : wb) {
                if (wb.isSheetHidden(wb.getSheetIndex(sheet)) || wb.isSheetVeryHidden(wb.getSheetIndex(sheet))) {
                    continue;
                }
                visible.add(sheet.getSheetName());
                List<List<Value>> grid = grid(sheet, format);
                String mapped = mapping.sheets().entrySet().stream().filter(e -> e.getValue().equals(sheet.getSheetName()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (mapped != null) {
                    // the officer said this sheet holds that table: all of it, whatever its title says
                    found.add(new Region(template.requireTable(mapped), sheet.getSheetName(), grid));
                    continue;
                }
                TableTemplate current = null;
                List<List<Value>> rows = null;
                for (List<Value> row : grid) {
                    TableTemplate title = titleOf(row, template);
                    if (title != null) {
                        if (current != null) {
                            found.add(new Region(current, sheet.getSheetName(), rows));
                        }
                        current = title;
                        rows = new ArrayList<>();
                    } else if (current != null) {
                        rows.add(row);
                    }
                }
                if (current != null) {
                    found.add(new Region(current, sheet.getSheetName(), rows));
                }
            }
        } catch (IOException e) {
            throw new UserFailure(Msg.get("workbook.unreadable", file.getFileName()), e);
        }
        Map<String, Region> byTable = new LinkedHashMap<>();
        for (Region r : found) {
            Region earlier = byTable.putIfAbsent(r.table().code(), r);
            if (earlier != null) {
                throw new UserFailure(Msg.get("workbook.tableTwice", r.table().number(), r.table().title(), earlier.sheet(), r.sheet()));
            }
        }
        List<TableTemplate> missingTables = template.tables().stream().filter(t -> !byTable.containsKey(t.code())).toList();
        List<String> missing = missingTables.stream().map(t -> t.number() + " " + t.title()).toList();
        if (!missing.isEmpty()) {
            throw new TablesMissing(Msg.get("workbook.tablesMissing", file.getFileName(), String.join(Msg.get("cli.listSeparator"), missing)),
                    missingTables.stream().map(TableTemplate::code).toList(), visible);
        }
        return template.tables().stream().map(t -> byTable.get(t.code())).toList();
    }

    private static Workbook open(Path file) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new UserFailure(Msg.get("catalogImport.noFile", file));
        }
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls") && !lower.endsWith(".xlsm")) {
            throw new UserFailure(Msg.get("workbook.badType", file.getFileName()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        } catch (EncryptedDocumentException e) {
            throw new UserFailure(Msg.get("workbook.encrypted", file.getFileName()), e);
        } catch (IOException | RuntimeException e) {
            throw new UserFailure(Msg.get("workbook.unreadable", file.getFileName()), e);
        }
    }

    private static List<List<Value>> grid(Sheet sheet, DataFormatter format) {
        List<List<Value>> grid = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<Value> cells = new ArrayList<>();
            if (row != null) {
                for (int j = 0; j < Math.max(0, row.getLastCellNum()); j++) {
                    cells.add(value(sheet.getSheetName(), row.getCell(j), i, j, format));
                }
            }
            grid.add(cells);
        }
        return grid;
    }

    private static Value value(String sheet, Cell cell, int r, int c, DataFormatter format) {
        String at = Msg.get("workbook.at", sheet, new CellReference(r, c).formatAsString());
        if (cell == null) {
            return new Value("", null, at);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue()));
            return new Value(n.stripTrailingZeros().toPlainString(), n, at);
        }
        String text = type == CellType.STRING ? cell.getStringCellValue() : format.formatCellValue(cell);
        return new Value(text == null ? "" : text, null, at);
    }

    /** The table whose title a row carries ("2023年度收入决算表", "公开02表 收入决算表"), the longest title first. */
    private static TableTemplate titleOf(List<Value> row, YearTemplate template) {
        TableTemplate best = null;
        for (Value v : row) {
            String t = normal(v.text());
            if (t.isEmpty() || t.length() > 60) {
                continue;
            }
            for (TableTemplate table : template.tables()) {
                String title = normal(table.title());
                if ((t.endsWith(title) || t.endsWith(title.replace(normal(Msg.get("workbook.detail")), "")))
                        && (best == null || title.length() > normal(best.title()).length())) {
                    best = table;
                }
            }
        }
        return best;
    }

    /** Text without spaces, indentation, quotes of either kind, numbering or the word 明细 (CQ's 06表 title). */
    private static String normal(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0\"\\u201c\\u201d'\\u2018\\u2019]", "")
                .replace(Msg.get("workbook.detail"), "");
    }

    private static AmountUnit unit(Region r, AmountUnit assumed) {
        for (List<Value> row : r.rows().subList(0, Math.min(HEADER_ROWS, r.rows().size()))) {
            for (Value v : row) {
                AmountUnit u = AmountUnit.of(v.text());
                if (u != null) {
                    return u;
                }
            }
        }
        if (assumed != null) {
            return assumed;
        }
        throw new UnitUnknown(Msg.get("workbook.noUnit", r.table().number(), r.table().title(), r.sheet()));
    }

    // ------------------------------------------------------------------ 功能分类 tables: rows by code

    private static void readFunction(Region r, AmountUnit unit, YearTemplate template, TableData data,
                                     List<LocalCode> newCodes, List<Disagreement> disagreements, Mapping mapping) {
        TableTemplate t = r.table();
        int headerEnd = -1;
        int headerStart = -1;
        int codeCol = -1;
        int lei = -1;
        int kuan = -1;
        int xiang = -1;
        int nameCol = -1;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(HEADER_ROWS + 2, r.rows().size()); i++) {
            List<Value> row = r.rows().get(i);
            for (int j = 0; j < row.size(); j++) {
                String h = normal(row.get(j).text());
                if (row.get(j).number() != null || h.isEmpty()) {
                    continue;
                }
                boolean heading = h.equals(Msg.get("workbook.lei")) || h.equals(Msg.get("workbook.kuan"))
                        || h.equals(Msg.get("workbook.xiang")) || h.contains(Msg.get("workbook.codeTitle"))
                        || h.contains(Msg.get("workbook.nameTitle"));
                if (heading && headerStart < 0) {
                    headerStart = i;
                }
                if (h.equals(Msg.get("workbook.lei"))) {
                    lei = j;
                    headerEnd = Math.max(headerEnd, i);
                } else if (h.equals(Msg.get("workbook.kuan"))) {
                    kuan = j;
                    headerEnd = Math.max(headerEnd, i);
                } else if (h.equals(Msg.get("workbook.xiang"))) {
                    xiang = j;
                    headerEnd = Math.max(headerEnd, i);
                } else if (h.contains(Msg.get("workbook.codeTitle")) && codeCol < 0) {
                    codeCol = j;
                    headerEnd = Math.max(headerEnd, i);
                } else if (h.contains(Msg.get("workbook.nameTitle")) && nameCol < 0) {
                    nameCol = j;
                    headerEnd = Math.max(headerEnd, i);
                }
            }
        }
        if (lei >= 0) {
            codeCol = -1; // the code is split over 类/款/项 under a "科目编码" heading
        }
        List<String> headerText = new ArrayList<>();
        for (int i = Math.max(0, headerStart); i <= headerEnd && i < r.rows().size(); i++) {
            List<Value> row = r.rows().get(i);
            for (int j = 0; j < row.size(); j++) {
                while (headerText.size() <= j) {
                    headerText.add("");
                }
                String h = normal(row.get(j).text());
                if (row.get(j).number() == null && AmountUnit.of(row.get(j).text()) == null) {
                    headerText.set(j, headerText.get(j) + h);
                }
            }
        }
        if (headerEnd < 0 || (codeCol < 0 && lei < 0)) {
            throw new UserFailure(Msg.get("workbook.noCodeColumn", t.number(), t.title(), r.sheet()));
        }
        Map<String, String> confirmed = mapping.columns().getOrDefault(t.code(), Map.of());
        for (ColumnDef c : t.columns()) {
            int best = -1;
            String heading = normal(confirmed.getOrDefault(c.key(), c.label()));
            for (int j = 0; j < headerText.size(); j++) {
                String h = headerText.get(j);
                if (h.endsWith(heading) && (best < 0 || h.length() < headerText.get(best).length())) {
                    best = j;
                }
            }
            if (best < 0) {
                List<String> headings = new ArrayList<>();
                for (int j = 0; j < headerText.size(); j++) {
                    String h = headerText.get(j);
                    if (!h.isEmpty() && j != codeCol && j != nameCol && j != lei && j != kuan && j != xiang && !headings.contains(h)) {
                        headings.add(h);
                    }
                }
                throw new ColumnUnknown(Msg.get("workbook.noColumn", t.number(), t.title(), r.sheet(), c.label()),
                        t.code(), c.key(), headings);
            }
            columns.put(c.key(), best);
        }
        // the rows, by code; 项 (rows with no row under them) are typed, the others are the workbook's totals
        Map<String, List<Value>> byCode = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Value> totalRow = null;
        String lastLei = "";
        String lastKuan = "";
        for (int i = headerEnd + 1; i < r.rows().size(); i++) {
            List<Value> row = r.rows().get(i);
            String code;
            if (lei >= 0) {
                String l = digits(cell(row, lei));
                String k = digits(cell(row, kuan));
                String x = xiang < 0 ? "" : digits(cell(row, xiang));
                if (l.isEmpty() && (!k.isEmpty() || !x.isEmpty())) {
                    l = lastLei;
                }
                if (k.isEmpty() && !x.isEmpty()) {
                    k = lastKuan;
                }
                code = l + pad(k) + pad(x);
                lastLei = l.isEmpty() ? lastLei : l;
                lastKuan = k.isEmpty() ? lastKuan : k;
            } else {
                code = digits(cell(row, codeCol));
            }
            String name = nameCol < 0 ? "" : cell(row, nameCol).text().strip();
            if (code.isEmpty()) {
                if (normal(name).equals(normal(Msg.get("table.total")))) {
                    totalRow = row;
                }
                continue;
            }
            if (!code.matches("[0-9]+")) {
                continue; // a note, a page footer or a heading repeated on the next printed page
            }
            if (!CatalogKind.FUNCTION.wellFormed(code)) {
                throw new UserFailure(Msg.get("workbook.badCode", cell(row, codeCol >= 0 ? codeCol : lei).at(), code));
            }
            if (byCode.put(code, row) != null) {
                throw new UserFailure(Msg.get("workbook.codeTwice", t.number(), t.title(), code, cell(row, codeCol >= 0 ? codeCol : lei).at()));
            }
            names.put(code, name);
        }
        for (Map.Entry<String, List<Value>> e : byCode.entrySet()) {
            String code = e.getKey();
            boolean leaf = byCode.keySet().stream().noneMatch(other -> other.length() > code.length() && other.startsWith(code));
            if (!leaf) {
                continue;
            }
            if (!template.functions().contains(code)) {
                if (code.length() != 7) {
                    throw new UserFailure(Msg.get("workbook.unknownParent", cell(e.getValue(), codeCol >= 0 ? codeCol : lei).at(), code));
                }
                for (String p : List.of(code.substring(0, 3), code.substring(0, 5), code)) {
                    if (!template.functions().contains(p) && newCodes.stream().noneMatch(c -> c.code().equals(p))) {
                        String n = names.getOrDefault(p, "");
                        if (n.isBlank()) {
                            throw new UserFailure(Msg.get("workbook.unknownParent", cell(e.getValue(), codeCol >= 0 ? codeCol : lei).at(), p));
                        }
                        newCodes.add(new LocalCode(CatalogKind.FUNCTION, p, n, LocalCode.Origin.ADDED));
                    }
                }
            }
            data.addRow(code);
            for (ColumnDef c : t.columns()) {
                if (!c.computed()) {
                    BigDecimal v = amount(cell(e.getValue(), columns.get(c.key())), unit);
                    if (v != null && v.signum() != 0) {
                        data.set(code, c.key(), v);
                    }
                }
            }
        }
        // the workbook's own totals against its rows
        for (Map.Entry<String, List<Value>> e : byCode.entrySet()) {
            String code = e.getKey();
            List<String> children = byCode.keySet().stream().filter(o -> o.length() == code.length() + 2 && o.startsWith(code)).toList();
            if (!children.isEmpty()) {
                compare(t, code, e.getValue(), children.stream().map(byCode::get).toList(), columns, unit, disagreements, data, template);
            }
        }
        if (totalRow != null) {
            List<List<Value>> classes = byCode.entrySet().stream().filter(e -> e.getKey().length() == 3).map(Map.Entry::getValue).toList();
            compare(t, juesuan.calculation.TableCalculator.TOTAL_ROW, totalRow, classes, columns, unit, disagreements, data, template);
        }
    }

    /**
     * A total or parent row of the workbook against its rows: within rounding of 2-decimal 万元 figures it is kept as
     * the figure the document prints (尾差); beyond, it is listed and the sum is used.
     */
    private static void compare(TableTemplate t, String row, List<Value> parent, List<List<Value>> children,
                                Map<String, Integer> columns, AmountUnit unit, List<Disagreement> out, TableData data,
                                YearTemplate template) {
        juesuan.audit.RelationRule.Rounding rounding = juesuan.audit.AuditRules.rounding(template.year());
        for (ColumnDef c : t.columns()) {
            Value p = cell(parent, columns.get(c.key()));
            BigDecimal printed = amount(p, unit);
            if (printed == null) {
                continue;
            }
            BigDecimal sum = Money.zero();
            List<BigDecimal> figures = new ArrayList<>();
            for (List<Value> child : children) {
                BigDecimal v = amount(cell(child, columns.get(c.key())), unit);
                if (v != null) {
                    figures.add(v);
                    sum = sum.add(v);
                }
            }
            if (printed.compareTo(sum) == 0) {
                continue;
            }
            figures.add(printed);
            BigDecimal tolerance = rounding == null ? null : rounding.tolerance(figures);
            if (tolerance != null && printed.subtract(sum).abs().compareTo(tolerance) <= 0) {
                data.setPrinted(row, c.key(), printed);
            } else {
                out.add(new Disagreement(t.code(), row, c.key(), printed, sum, p.at()));
            }
        }
    }

    // ------------------------------------------------------------------ fixed tables: rows by name or code

    /** A printed figure that is a total of the typed cell and others the import reads later (公开04表's 年初结转). */
    private record Pending(String table, String row, String column, List<String> minus) {
    }

    private static void readFixed(Region r, AmountUnit unit, YearTemplate template, TableData data, List<Pending> pending,
                                  Mapping mapping) {
        TableTemplate t = r.table();
        Set<Integer> amountCols = amountColumns(r, mapping.columns().getOrDefault(t.code(), Map.of()).values());
        Set<String> derived = new java.util.HashSet<>();
        template.derivations(t.code()).stream().filter(d -> !d.follows()).forEach(d -> derived.add(d.row() + "/" + d.column()));
        // cells the printed layout names on their own (公开04表's income side: one line per kind of 财政拨款)
        for (com.fasterxml.jackson.databind.JsonNode a : TemplateLoader.json(template.year(), "import.json").path(t.code())) {
            String[] cell = a.path("cell").asText().split("/");
            Position at = find(r, a.path("label").asText(), "", amountCols);
            if (at != null && !derived.contains(cell[0] + "/" + cell[1])) {
                List<Value> amounts = amountsRight(r.rows().get(at.row()), at.col(), 1, amountCols);
                BigDecimal v = amounts.isEmpty() ? null : amount(amounts.get(0), unit);
                if (v != null && v.signum() != 0) {
                    data.set(cell[0], cell[1], v);
                    List<String> minus = new ArrayList<>();
                    a.path("minus").forEach(m -> minus.add(m.asText()));
                    if (!minus.isEmpty()) {
                        pending.add(new Pending(t.code(), cell[0], cell[1], minus));
                    }
                }
            }
        }
        for (RowDef def : t.rows()) {
            if (def.computed()) {
                continue;
            }
            Position at = find(r, def.label(), def.code(), amountCols);
            List<Value> amounts = at == null ? List.of() : amountsRight(r.rows().get(at.row()), at.col(), t.columns().size(), amountCols);
            if (amounts.stream().allMatch(Value::blank)) {
                readAcross(r, def, unit, derived, data); // a layout with the items across (公开07表), or an empty row
                continue;
            }
            for (int k = 0; k < t.columns().size() && k < amounts.size(); k++) {
                ColumnDef c = t.columns().get(k);
                if (c.computed() || derived.contains(def.key() + "/" + c.key()) || data.get(def.key(), c.key()) != null) {
                    continue;
                }
                BigDecimal v = amount(amounts.get(k), unit);
                if (v != null && v.signum() != 0) {
                    data.set(def.key(), c.key(), v);
                }
            }
        }
    }

    /**
     * The columns that hold amounts: under a heading that is one of the table's column names or a word for an amount
     * (决算数, 金额). A side-by-side layout has several.
     */
    private static Set<Integer> amountColumns(Region r, java.util.Collection<String> confirmed) {
        Set<String> words = new java.util.HashSet<>();
        r.table().columns().forEach(c -> words.add(normal(c.label())));
        confirmed.forEach(h -> words.add(normal(h)));
        for (String w : Msg.get("workbook.amountWords").split(",")) {
            words.add(w);
        }
        Set<Integer> cols = new TreeSet<>();
        for (List<Value> row : r.rows()) {
            for (int j = 0; j < row.size(); j++) {
                if (row.get(j).number() == null && words.contains(normal(row.get(j).text()))) {
                    cols.add(j);
                }
            }
        }
        return cols;
    }

    /**
     * The cells in the next amount columns right of a row's name (a blank stays in its place), up to the next name of
     * a side-by-side layout; empty when a text stands where an amount should (a heading row).
     */
    private static List<Value> amountsRight(List<Value> row, int col, int max, Set<Integer> amountCols) {
        List<Value> amounts = new ArrayList<>();
        for (int j = col + 1; j < row.size() && amounts.size() < max; j++) {
            Value v = cell(row, j);
            boolean amountLike = v.number() != null || isAmountText(v.text()) || v.blank();
            if (amountCols.contains(j)) {
                if (!amountLike) {
                    return List.of();
                }
                amounts.add(v);
            } else if (!v.text().isBlank() && !amountLike) {
                break; // the next item of a side-by-side layout
            }
        }
        if (amounts.isEmpty() && amountCols.isEmpty()) {
            // no headings to go by: the numbers to the right
            for (int j = col + 1; j < row.size() && amounts.size() < max; j++) {
                Value v = row.get(j);
                if (v.number() != null || isAmountText(v.text())) {
                    amounts.add(v);
                } else if (!v.text().isBlank()) {
                    break;
                }
            }
        }
        return amounts;
    }

    /**
     * A layout with the items across and 预算数/决算数 under each (公开07表 as printed): the item's heading, then
     * the table's columns by their headings below it, then the first row of amounts.
     */
    private static void readAcross(Region r, RowDef def, AmountUnit unit, Set<String> derived, TableData data) {
        String label = normal(def.label());
        for (int i = 0; i < Math.min(HEADER_ROWS + 2, r.rows().size()); i++) {
            List<Value> row = r.rows().get(i);
            for (int j = 0; j < row.size(); j++) {
                if (!normal(row.get(j).text()).equals(label)) {
                    continue;
                }
                int end = j + 1;
                while (end < j + 8 && cell(row, end).blank()) {
                    end++; // the heading spans the blank (merged) cells after it
                }
                for (ColumnDef c : r.table().columns()) {
                    Position h = headingBelow(r, i, j, end, normal(c.label()));
                    if (h == null || c.computed() || derived.contains(def.key() + "/" + c.key())) {
                        continue;
                    }
                    for (int k = h.row() + 1; k < r.rows().size(); k++) {
                        Value v = cell(r.rows().get(k), h.col());
                        if (!v.blank()) {
                            BigDecimal a = amount(v, unit);
                            if (a != null && a.signum() != 0) {
                                data.set(def.key(), c.key(), a);
                            }
                            break;
                        }
                    }
                }
                return;
            }
        }
    }

    /** The first cell below a heading, within its span [col, end), whose text is a column heading. */
    private static Position headingBelow(Region r, int row, int col, int end, String heading) {
        for (int i = row + 1; i < Math.min(row + 4, r.rows().size()); i++) {
            for (int j = col; j < end; j++) {
                if (normal(cell(r.rows().get(i), j).text()).equals(heading)) {
                    return new Position(i, j);
                }
            }
        }
        return null;
    }

    private record Position(int row, int col) {
    }

    /** Where a row's name (or its code, for an economic 款) is: the first such cell with amounts to its right. */
    private static Position find(Region r, String name, String code, Set<Integer> amountCols) {
        String label = unnumbered(normal(name));
        for (int i = 0; i < r.rows().size(); i++) {
            List<Value> row = r.rows().get(i);
            for (int j = 0; j < row.size(); j++) {
                Value v = row.get(j);
                boolean byCode = !code.isEmpty() && v.text().equals(code);
                boolean byName = !label.isEmpty() && unnumbered(normal(v.text())).equals(label);
                if (byCode || byName) {
                    int at = byCode ? nameRight(row, j) : j;
                    if (!amountsRight(row, at, 1, amountCols).isEmpty()) {
                        return new Position(i, at);
                    }
                }
            }
        }
        return null;
    }

    /** "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入". */
    private static String unnumbered(String s) {
        return s.replaceFirst("^[\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341]+\\u3001", "")
                .replaceFirst("^[(\\uFF08][\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d\\u4e03\\u516b\\u4e5d\\u5341]+[)\\uFF09]", "");
    }

    /** The column of the name beside a code (amounts start after it). */
    private static int nameRight(List<Value> row, int codeCol) {
        return codeCol + 1 < row.size() && row.get(codeCol + 1).number() == null ? codeCol + 1 : codeCol;
    }

    // ------------------------------------------------------------------ cells

    private static Value cell(List<Value> row, int col) {
        return col >= 0 && col < row.size() ? row.get(col) : new Value("", null, "");
    }

    private static String digits(Value v) {
        if (v.number() != null) {
            return v.number().stripTrailingZeros().toPlainString();
        }
        return v.text().replaceAll("[\\s\\u3000]", "");
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    private static boolean isAmountText(String t) {
        String s = t.replaceAll("[\\s\\u3000,]", "");
        return s.matches("-?[0-9]+(\\.[0-9]+)?") || s.matches("[-\\u2014\\uFF0D]");
    }

    /** An amount cell in 元 (null when blank); a text that is no amount is refused with its place. */
    private static BigDecimal amount(Value v, AmountUnit unit) {
        if (v.blank()) {
            return null;
        }
        BigDecimal n = v.number();
        if (n == null) {
            String s = v.text().replaceAll("[\\s\\u3000,]", "");
            if (s.isEmpty() || s.matches("[-\\u2014\\uFF0D]")) {
                return null;
            }
            if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new UserFailure(Msg.get("workbook.notAmount", v.at(), v.text().strip()));
            }
            n = new BigDecimal(s);
        }
        if (n.abs().compareTo(MAX_WAN) > 0) {
            throw new UserFailure(Msg.get("workbook.notAmount", v.at(), v.text().strip()));
        }
        BigDecimal yuan = unit == AmountUnit.WAN ? n.multiply(Money.TEN_THOUSAND) : n;
        return yuan.setScale(Money.YUAN_SCALE, java.math.RoundingMode.HALF_UP);
    }
}
