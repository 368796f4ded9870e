package juesuan.model;

import java.util.List;
import java.util.Optional;

/**
 * The layout of one 公开表 in one year's template.
 *
 * @param code       T1 … T9
 * @param number     公开表 number as printed (公开01表 …)
 * @param title      official title
 * @param shortTitle the tab name
 * @param kind       fixed rows or 功能分类 rows
 * @param columns    columns after the code and name columns
 * @param rows       fixed rows (for {@link TableKind#FIXED})
 * @param note       the note printed under the table
 * @param layout     the printed layout (jasper/LAYOUT.jrxml), which also says how its rows are set
 * @param emptyNote  printed under the table when it has no typed figure ({0} the unit's name); empty for none
 * @param print      how a table of its own shape is set on paper, or null for one row per code
 */
public record TableTemplate(String code, String number, String title, String shortTitle, TableKind kind,
                            List<ColumnDef> columns, List<RowDef> rows, String note, String layout, String emptyNote,
                            PrintLayout print) {
    public TableTemplate {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public Optional<ColumnDef> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<RowDef> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
