package juesuan.audit.text;

import java.math.BigDecimal;

/**
 * A number as a text writes it, with its unit.
 *
 * @param start    where the number begins in the text
 * @param end      where its unit ends
 * @param value    its value (thousands separators and full-width digits read)
 * @param decimals how many decimals it is written with (5.4 has 1, 100 has 0)
 * @param unit     the unit after it (万元, %, 个 …), or "" when none follows
 */
public record Written(int start, int end, BigDecimal value, int decimals, String unit) {
    /** Whether it states money (万元, 元). */
    public boolean money() {
        return Vocabulary.WORDS.money.contains(unit);
    }

    /** Whether it is a percentage. */
    public boolean percent() {
        return Vocabulary.WORDS.percent.contains(unit);
    }

    /** The kind of unit, so that 5% and 5％ are one, and 万元 and 元 two. */
    public String unitKind() {
        return percent() ? "%" : unit;
    }

    /**
     * Whether this written figure states a figure known to more decimals (or fewer): equal at the precision the text
     * writes, rounding half-up from the known figure, allowing for the known figure itself being rounded (a text that
     * writes 0.4 for an exact 0.445 shown elsewhere as 0.45 is right).
     */
    public boolean states(Written known) {
        if (!unitKind().equals(known.unitKind())) {
            return false;
        }
        if (decimals >= known.decimals) {
            return value.compareTo(known.value) == 0;
        }
        BigDecimal slack = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2))
                .add(BigDecimal.ONE.movePointLeft(known.decimals).divide(BigDecimal.valueOf(2)));
        return value.subtract(known.value).abs().compareTo(slack) <= 0;
    }

    /** As written back, with its unit: 1463.32万元. */
    public String text() {
        return value.setScale(Math.max(decimals, 0), java.math.RoundingMode.HALF_UP).toPlainString() + unit;
    }
}
