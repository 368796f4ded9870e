package juesuan.calculation;

import java.math.BigDecimal;
import juesuan.model.Money;

/**
 * This year's figure against a base (上年决算数 or 预算数): the difference and the rate, from exact 元.
 *
 * @param current    this year's figure
 * @param base       the figure compared with
 * @param difference current − base
 * @param rate       difference / base × 100, or {@code null} when the base is zero
 */
public record Change(BigDecimal current, BigDecimal base, BigDecimal difference, BigDecimal rate) {
    public static Change of(BigDecimal current, BigDecimal base) {
        BigDecimal c = Money.orZero(current);
        BigDecimal b = Money.orZero(base);
        BigDecimal d = c.subtract(b);
        return new Change(c, b, d, Percent.of(d, b));
    }

    /** +1 up, −1 down, 0 equal (exactly). */
    public int direction() {
        return difference.signum();
    }

    public boolean zeroBase() {
        return base.signum() == 0;
    }

    /** Current / base × 100 (完成预算的X%), or {@code null} when the base is zero. */
    public BigDecimal completion() {
        return Percent.of(current, base);
    }
}
