package juesuan.model;

import java.util.List;

/**
 * Comparisons made for every row of a kind in a table: each 类 of the 一般公共预算 table (Chongqing 比较情况), or
 * each 项 (the Ministry-of-Finance style per-项 explanations). A text profile says which groups it uses.
 *
 * @param id        stable id the profiles name
 * @param table     the table whose rows are compared
 * @param column    the column holding the amount
 * @param leaves    true: the typed 项 rows; false: the 类 rows
 * @param keyPrefix comparison key = prefix + row code
 * @param label     the label pattern, {0} = row name, {1} = row code
 * @param section   the document section where they appear
 * @param bases     the comparisons made
 */
public record ComparisonGroup(String id, String table, String column, boolean leaves, String keyPrefix, String label,
                              String section, List<Basis> bases) {
    public ComparisonGroup {
        bases = List.copyOf(bases);
    }

    public String key(String rowCode) {
        return keyPrefix + rowCode;
    }
}
