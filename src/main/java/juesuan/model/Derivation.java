package juesuan.model;

import java.util.List;

/**
 * A cell whose value another table determines. Two kinds, both data in {@code derivations.json}:
 * <ul>
 * <li>a derived cell (公开01表's income rows from 公开02表, its expenditure 类 rows from 公开03表, 公开04表's expenditure
 * from 公开05/08/09表): computed, shown grey, never typed;</li>
 * <li>a following cell ({@code follows}): filled from its terms while nothing is typed in it — and, when {@code when}
 * names a condition, only while the report meets it — shown grey-italic with its source; typing a figure takes it
 * over, deleting the figure makes it follow again (公开04表's 一般公共预算财政拨款收入 from 公开02表's 财政拨款 less
 * 08/09's income; 公开05表 = 公开03表 for a unit whose money is all 一般公共预算).</li>
 * </ul>
 *
 * @param table   the table of the cell
 * @param row     its row key; {@value #EACH_ROW} stands for every 项 row the table has (the terms name the same row)
 * @param column  its column key
 * @param terms   the cells it is the sum of, "TABLE/ROW/COLUMN", a leading "-" subtracts
 * @param follows whether typing takes it over (a following cell) rather than being refused (a derived cell)
 * @param when    the condition (see {@link YearTemplate#conditions()}) under which a following cell follows, or null
 */
public record Derivation(String table, String row, String column, List<String> terms, boolean follows, String when) {
    /** The row placeholder for each 项 row of a 功能分类 table. */
    public static final String EACH_ROW = "{row}";

    public Derivation {
        terms = List.copyOf(terms);
    }

    /** A derived cell: computed from its terms, never typed. */
    public Derivation(String table, String row, String column, List<String> terms) {
        this(table, row, column, terms, false, null);
    }

    /** The tables the value comes from, in the order the terms name them. */
    public List<String> sourceTables() {
        return terms.stream().map(t -> t.replaceFirst("^-", "")).map(t -> t.substring(0, t.indexOf('/'))).distinct().toList();
    }

    /** Whether the row stands for every 项 row of the table. */
    public boolean eachRow() {
        return EACH_ROW.equals(row);
    }

    /** This derivation for one row (of an {@link #eachRow()} one): the row put into the cell and every term. */
    public Derivation forRow(String key) {
        return new Derivation(table, key, column, terms.stream().map(t -> t.replace(EACH_ROW, key)).toList(), follows, when);
    }
}
