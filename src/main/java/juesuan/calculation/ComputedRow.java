package juesuan.calculation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A row of a table as shown and printed: stored inputs plus every computed cell.
 *
 * @param key           the row key (a classification code for catalog rows)
 * @param code          the code printed in the code column, "" for named rows
 * @param label         the printed name
 * @param level         0 = 合计, 1 = 类/main item, 2 = 款, 3 = 项
 * @param computed      whether the whole row is computed (parent, 合计, 小计)
 * @param allowNegative whether an input in this row may be negative
 * @param values        column key → 元 (zero where nothing was entered)
 */
public record ComputedRow(String key, String code, String label, int level, boolean computed, boolean allowNegative,
                          Map<String, BigDecimal> values) {
    public BigDecimal value(String column) {
        BigDecimal v = values.get(column);
        return v == null ? BigDecimal.ZERO.setScale(2) : v;
    }
}
