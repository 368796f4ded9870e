package juesuan.model;

import java.util.List;

/**
 * A cell whose value another table already determines (公开01表's income rows from 公开02表, its expenditure 类 rows
 * from 公开03表, 公开04表's expenditure from 公开05/08/09表): computed, shown grey, never typed.
 *
 * @param table  the table of the derived cell
 * @param row    its row key
 * @param column its column key
 * @param terms  the cells it is the sum of, "TABLE/ROW/COLUMN", a leading "-" subtracts
 */
public record Derivation(String table, String row, String column, List<String> terms) {
    public Derivation {
        terms = List.copyOf(terms);
    }

    /** The tables the value comes from, in the order the terms name them. */
    public List<String> sourceTables() {
        return terms.stream().map(t -> t.replaceFirst("^-", "")).map(t -> t.substring(0, t.indexOf('/'))).distinct().toList();
    }
}
