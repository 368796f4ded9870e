package juesuan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a table shows an amount that is zero, one rule for the grid, the PDF, Word and Excel: a text profile chooses it
 * after its region's published tables (Chongqing's leave zeros blank). An amount never entered is blank either way.
 */
public enum ZeroAmounts {
    /** A zero prints as an empty cell, in every row, totals included. */
    BLANK,
    /** A zero prints as 0.00. */
    ZERO;

    /** The amount in 万元 to two decimals (half-up) as the tables print it, or null for an empty cell. */
    public BigDecimal printed(BigDecimal yuan) {
        if (yuan == null || yuan.signum() == 0 && this == BLANK) {
            return null;
        }
        return yuan.divide(Money.TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP);
    }

    /** The same as text, with thousands separators: "" for an empty cell. */
    public String display(BigDecimal yuan) {
        return yuan == null || yuan.signum() == 0 && this == BLANK ? "" : Money.formatWan(yuan);
    }

    /** From a profile's setting ("blank" or "zero"). */
    public static ZeroAmounts of(String setting) {
        return valueOf(setting.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
