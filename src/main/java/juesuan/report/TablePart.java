package juesuan.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ComputedTable;
import juesuan.calculation.ReportFigures;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.PrintLayout;
import juesuan.model.Report;
import juesuan.model.TableTemplate;
import juesuan.model.ZeroAmounts;

/**
 * The document's part for one 公开表: its parameters and the rows its layout takes, set as the year's template says
 * (tables.json): one row per code, two sides next to each other with their closing lines, or every cell on one line.
 * No table, row or column is named here; a region or a year changes the template, not this code.
 */
final class TablePart {
    private TablePart() {
    }

    /**
     * @param heading the tables' heading printed atop this table (the first), or null
     */
    static DocumentPart of(Report report, ReportFigures figures, TableTemplate t, ZeroAmounts z, String heading) {
        ComputedTable table = figures.table(t.code());
        Map<String, Object> params = new HashMap<>();
        params.put("UNIT_NAME", report.unit().getName());
        params.put("TITLE", t.title());
        params.put("NUMBER", t.number());
        params.put("NOTE", t.note());
        if (heading != null) {
            params.put(DocumentPart.PART_HEADING, heading);
        }
        if (!t.emptyNote().isEmpty() && report.table(t.code()).cells().isEmpty()) {
            params.put("EMPTY_NOTE", MessageFormat.format(t.emptyNote(), report.unit().getName()));
        }
        PrintLayout print = t.print();
        List<Map<String, ?>> rows = print == null ? functionRows(table, t, figures, z)
                : print.across() ? List.of(acrossRow(table, t, z))
                : sideBySide(table, t, print, z);
        return new DocumentPart(t.layout(), t.number() + "  " + t.title(), t.code(), params, rows);
    }

    /** One row per code: the code split into 类/款/项, the name indented by level, the template's columns v1 … vn. */
    private static List<Map<String, ?>> functionRows(ComputedTable table, TableTemplate t, ReportFigures figures, ZeroAmounts z) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ComputedRow r : table.rows()) {
            Map<String, Object> m = new HashMap<>();
            String[] parts = figures.template().functions().find(r.key()).map(CatalogEntry::codeParts)
                    .orElse(new String[] {"", "", ""});
            m.put("c1", parts[0]);
            m.put("c2", parts[1]);
            m.put("c3", parts[2]);
            m.put("name", indent(r) + r.label());
            m.put("bold", r.level() <= 1);
            int i = 1;
            for (ColumnDef c : t.columns()) {
                m.put("v" + i++, z.printed(r.value(c.key())));
            }
            rows.add(m);
        }
        return rows;
    }

    /** Every row's columns, row after row, as v1 … vn of one printed line. */
    private static Map<String, ?> acrossRow(ComputedTable table, TableTemplate t, ZeroAmounts z) {
        Map<String, Object> m = new HashMap<>();
        int i = 1;
        for (ComputedRow r : table.rows()) {
            for (ColumnDef c : t.columns()) {
                m.put("v" + i++, z.printed(r.value(c.key())));
            }
        }
        return m;
    }

    /**
     * The two sides next to each other (the left's fields l…, the right's r…), shorter side padded, then the closing
     * lines; the rows a closing line names are not repeated in the sides.
     */
    private static List<Map<String, ?>> sideBySide(ComputedTable table, TableTemplate t, PrintLayout print, ZeroAmounts z) {
        Set<String> closing = new HashSet<>();
        for (PrintLayout.Line l : print.closing()) {
            if (l.left() != null && l.left().column().isEmpty()) {
                closing.add(l.left().row());
            }
            if (l.right() != null && l.right().column().isEmpty()) {
                closing.add(l.right().row());
            }
        }
        List<Map<String, Object>> left = side(table, t, print.left(), closing, z);
        List<Map<String, Object>> right = side(table, t, print.right(), closing, z);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            rows.add(line(i < left.size() ? left.get(i) : null, i < right.size() ? right.get(i) : null));
        }
        for (PrintLayout.Line l : print.closing()) {
            rows.add(line(l.left() == null ? null : item(table, t, print.left(), l.left(), z),
                    l.right() == null ? null : item(table, t, print.right(), l.right(), z)));
        }
        return rows;
    }

    private static List<Map<String, Object>> side(ComputedTable table, TableTemplate t, PrintLayout.Side side, Set<String> closing,
                                                  ZeroAmounts z) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!side.items().isEmpty()) {
            side.items().forEach(i -> out.add(item(table, t, side, i, z)));
            return out;
        }
        for (ComputedRow r : table.rows()) {
            if (side.selects(r.key(), r.code()) && !closing.contains(r.key())) {
                out.add(cells(r, r.level() <= side.boldLevel(), indent(r) + r.label(), side.columns(), z));
            }
        }
        return out;
    }

    /** One item: the row in the side's columns, or the one cell it names; its label and boldness as the template says. */
    private static Map<String, Object> item(ComputedTable table, TableTemplate t, PrintLayout.Side side, PrintLayout.Item item,
                                            ZeroAmounts z) {
        ComputedRow r = table.row(item.row()).orElseThrow();
        String column = item.column().isEmpty() ? "" : t.column(item.column()).orElseThrow().label();
        String label = item.label().isEmpty() ? indent(r) + r.label()
                : item.label().replace("{row}", r.label()).replace("{column}", column);
        boolean bold = item.bold() != null ? item.bold() : r.level() <= side.boldLevel();
        return cells(r, bold, label, item.column().isEmpty() ? side.columns() : List.of(item.column()), z);
    }

    private static Map<String, Object> cells(ComputedRow r, boolean bold, String label, List<String> columns, ZeroAmounts z) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", r.code());
        m.put("name", label);
        m.put("bold", bold);
        int i = 1;
        for (String c : columns) {
            m.put("v" + i++, z.printed(r.value(c)));
        }
        return m;
    }

    /** A printed line of two halves: the left's fields prefixed l, the right's r (an absent half prints empty). */
    private static Map<String, ?> line(Map<String, Object> left, Map<String, Object> right) {
        Map<String, Object> m = new HashMap<>();
        m.put("lbold", false);
        m.put("rbold", false);
        if (left != null) {
            left.forEach((k, v) -> m.put("l" + k, v));
        }
        if (right != null) {
            right.forEach((k, v) -> m.put("r" + k, v));
        }
        return m;
    }

    /** A 款 or 项 is set in under its parent by one full-width space per level. */
    private static String indent(ComputedRow r) {
        return "　".repeat(Math.max(0, r.level() - 1));
    }
}
