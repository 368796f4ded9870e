package juesuan.narrative;

import juesuan.model.Basis;

/**
 * A 主要原因 a paragraph prints.
 *
 * @param comparisonKey the comparison
 * @param basis         against 上年 or the budget
 * @param label         what the comparison is about, for the reason field
 * @param required      whether the figures changed (a reason must be given)
 * @param present       whether a reason was entered
 */
public record ReasonUse(String comparisonKey, Basis basis, String label, boolean required, boolean present) {
    public boolean missing() {
        return required && !present;
    }
}
