package juesuan.calculation;

import java.math.BigDecimal;
import java.math.MathContext;

/** Shares and rates in percent, computed from exact values (rounded only when shown). */
public final class Percent {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** part / whole × 100, or {@code null} when the whole is zero (no share can be stated). */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MC);
    }

    /** A quotient, or {@code null} when the divisor is zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, MC);
    }
}
