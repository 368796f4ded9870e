package juesuan.model;

import java.util.List;

/**
 * How a table of its own shape is set on paper, as the year's template says (tables.json {@code print}): either two
 * sides printed next to each other (收入 beside 支出, 工资福利 beside 商品和服务) with closing lines that pair their
 * totals, or every cell on one line (the 三公 table). A table without one prints one row per code.
 *
 * @param left    the left side's rows, or null for a table printed across
 * @param right   the right side's rows
 * @param closing the lines after the sides, each pairing a left and a right item (either may be absent)
 * @param across  every row's columns, row after row, on one printed line
 */
public record PrintLayout(Side left, Side right, List<Line> closing, boolean across) {
    public PrintLayout {
        closing = List.copyOf(closing);
    }

    /**
     * One side: the rows it takes from the table (the rows a closing line names excepted), or a list of single items.
     *
     * @param prefix    rows whose key starts with it ("" for any)
     * @param classes   rows whose code belongs to one of these 类 (empty for any)
     * @param coded     only rows with a code
     * @param items     explicit items instead of a selection of rows (empty when the side selects rows)
     * @param columns   the columns printed for each row of the side
     * @param boldLevel rows at this level or above (0 = 合计) print bold
     */
    public record Side(String prefix, List<String> classes, boolean coded, List<Item> items, List<String> columns, int boldLevel) {
        public Side {
            classes = List.copyOf(classes);
            items = List.copyOf(items);
            columns = List.copyOf(columns);
        }

        /** Whether a row of the table belongs to this side's selection. */
        public boolean selects(String key, String code) {
            if (!items.isEmpty() || !key.startsWith(prefix) || coded && code.isEmpty()) {
                return false;
            }
            return classes.isEmpty() || code.length() >= 3 && classes.contains(code.substring(0, 3));
        }
    }

    /**
     * One printed item: a row in the side's columns, or one cell of it when a column is named.
     *
     * @param row    the row key
     * @param column a single column, or "" for the side's columns
     * @param label  the printed name ({row} and {column} stand for their labels), or "" for the row's own
     * @param bold   whether it prints bold, or null for the side's rule
     */
    public record Item(String row, String column, String label, Boolean bold) {
    }

    /** A closing line; either item may be null (an empty half). */
    public record Line(Item left, Item right) {
    }
}
