package juesuan.model;

import java.util.List;

/**
 * A fixed row of a 公开表 (or a row laid out from the catalog).
 *
 * @param key           stable key stored with each cell (a classification code where the row is one)
 * @param code          the classification code printed in the code column, or "" for named rows
 * @param label         the printed name
 * @param level         indentation: 0 = 合计/总计, 1 = 类 or main item, 2 = 款, 3 = 项
 * @param sumOf         keys of the rows this one adds up (empty: an input row)
 * @param allowNegative whether an amount in this row may be negative
 */
public record RowDef(String key, String code, String label, int level, List<String> sumOf, boolean allowNegative) {
    public RowDef {
        sumOf = List.copyOf(sumOf);
    }

    public boolean computed() {
        return !sumOf.isEmpty();
    }
}
