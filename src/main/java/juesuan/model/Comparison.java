package juesuan.model;

import java.math.BigDecimal;

/**
 * The bases of one comparison, in 元; {@code null} where not entered.
 *
 * @param priorFinal     上年决算数
 * @param initialBudget  年初预算数
 * @param fullYearBudget 全年预算数
 */
public record Comparison(BigDecimal priorFinal, BigDecimal initialBudget, BigDecimal fullYearBudget) {
    public static final Comparison EMPTY = new Comparison(null, null, null);

    public boolean isEmpty() {
        return priorFinal == null && initialBudget == null && fullYearBudget == null;
    }

    public Comparison withPriorFinal(BigDecimal v) {
        return new Comparison(v, initialBudget, fullYearBudget);
    }

    public Comparison withInitialBudget(BigDecimal v) {
        return new Comparison(priorFinal, v, fullYearBudget);
    }

    public Comparison withFullYearBudget(BigDecimal v) {
        return new Comparison(priorFinal, initialBudget, v);
    }
}
