package juesuan.audit;

/**
 * Where a finding is fixed: a grid cell (tab = table code or "comparisons", row and column keys), a form field
 * (tab and field key), or a whole tab.
 */
public record Place(String tab, String row, String column, String field) {
    public static Place cell(String tab, String row, String column) {
        return new Place(tab, row, column, null);
    }

    public static Place field(String tab, String field) {
        return new Place(tab, null, null, field);
    }

    public static Place tab(String tab) {
        return new Place(tab, null, null, null);
    }

    @Override
    public String toString() {
        if (field != null) {
            return tab + ":" + field;
        }
        return row == null ? tab : tab + "/" + row + "/" + column;
    }
}
