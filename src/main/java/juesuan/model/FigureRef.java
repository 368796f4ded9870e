package juesuan.model;

/**
 * Where a figure comes from: a table cell ({@code T1/in.total/amount}) or a named amount ({@code amount:opex}).
 */
public record FigureRef(String table, String row, String column, String amountKey) {
    public static FigureRef parse(String text) {
        if (text.startsWith("amount:")) {
            return new FigureRef(null, null, null, text.substring("amount:".length()));
        }
        String[] p = text.split("/");
        if (p.length != 3) {
            throw new IllegalArgumentException("figure reference must be TABLE/ROW/COLUMN or amount:KEY: " + text);
        }
        return new FigureRef(p[0], p[1], p[2], null);
    }

    public boolean isCell() {
        return table != null;
    }

    @Override
    public String toString() {
        return isCell() ? table + "/" + row + "/" + column : "amount:" + amountKey;
    }
}
