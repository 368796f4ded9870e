package juesuan.ui.session;

/**
 * Where an edit was made, so that undo and redo can bring it into view: a section (tab key) and, when known, the
 * cell (row and column keys) or the field.
 */
public record EditPlace(String section, String row, String column, String field) {
    public static EditPlace section(String section) {
        return new EditPlace(section, null, null, null);
    }

    public static EditPlace cell(String section, String row, String column) {
        return new EditPlace(section, row, column, null);
    }

    public static EditPlace field(String section, String field) {
        return new EditPlace(section, null, null, field);
    }
}
