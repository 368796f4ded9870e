package juesuan.ui.sheet;

import java.util.List;

/**
 * What a grid shows and edits: rows and columns by key, values, how to parse typed text, and how to write
 * changes. Implementations adapt a 公开表, the comparisons, or a project's indicators.
 */
public interface SheetModel {
    /** Column layout; frozen columns come first. */
    List<SheetColumn> columns();

    /** Row keys in display order (may change after edits, e.g. rows added). */
    List<String> rowKeys();

    /** Indentation level of a row (0 = 合计, 1 = 类, 2 = 款, 3 = 项), used for the name column and bold totals. */
    int level(String row);

    CellKind kind(String row, String column);

    /** The text shown in the cell. */
    String display(String row, String column);

    /** The text put into the editor (exact, without separators). */
    String editText(String row, String column);

    /** The raw value (for undo), null when empty. */
    Object value(String row, String column);

    /**
     * Parses typed or pasted text for a cell.
     *
     * @throws juesuan.model.InputError with a plain Chinese message when the text is refused
     */
    Object parse(String row, String column, String text);

    /** Where a cell is, in words: "一般公共服务支出 · 基本支出". */
    String describe(String row, String column);

    /**
     * Whether a computed cell takes a printed figure typed by the officer (a published table's 2-decimal figure,
     * within rounding of the sum); the model's {@link #parse} refuses one that is not.
     */
    default boolean acceptsPrinted(String row, String column) {
        return false;
    }

    /** Why a cell cannot be typed into, and where its figure comes from. */
    default String readOnlyReason(String row, String column) {
        return juesuan.i18n.Msg.get("sheet.readOnly", describe(row, column));
    }

    /**
     * Where the figure of an input cell comes from while nothing is typed in it (it follows another table's figure),
     * or null: such a cell shows that figure grey-italic; typing takes it over, Delete makes it follow again.
     */
    default String follows(String row, String column) {
        return null;
    }

    /** The section (tab key) the grid is on, so undo can bring an edit back into view; null when it has none. */
    default String section() {
        return null;
    }

    /** Applies changes (already parsed and valid) to the model and the store, as one write. */
    void write(List<CellChange> changes);
}
