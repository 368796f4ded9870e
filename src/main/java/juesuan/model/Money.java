package juesuan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money rules: amounts are held exactly in 元 with 分 (scale 2); users enter and read 万元.
 * Rounding (half-up) happens only when a figure is shown.
 */
public final class Money {
    /** 1 万元 in 元. */
    public static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** Scale of stored 元 amounts (分). */
    public static final int YUAN_SCALE = 2;
    /** Decimals of 万元 that still reach 分. */
    public static final int MAX_WAN_DECIMALS = 6;

    private Money() {
    }

    /** 万元 → 元, exact. Fails when the 万元 value is finer than 分. */
    public static BigDecimal wanToYuan(BigDecimal wan) {
        BigDecimal yuan = wan.multiply(TEN_THOUSAND);
        try {
            return yuan.setScale(YUAN_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("finer than 0.01 yuan: " + wan.toPlainString(), e);
        }
    }

    /** 元 → 万元, exact (scale up to 6). */
    public static BigDecimal yuanToWan(BigDecimal yuan) {
        BigDecimal wan = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2) : wan;
    }

    /** 元 shown as 万元 with two decimals and thousands separators, rounded half-up: 14633200.00 → "1,463.32". */
    public static String formatWan(BigDecimal yuan) {
        return format(yuan.divide(TEN_THOUSAND), 2, true);
    }

    /** 元 shown as 万元 with two decimals, no separators (the style of the text): 14633200.00 → "1463.32". */
    public static String formatWanPlain(BigDecimal yuan) {
        return format(yuan.divide(TEN_THOUSAND), 2, false);
    }

    /** 万元 with all its significant decimals, for editing: 4407.00 元 → "0.4407". */
    public static String editableWan(BigDecimal yuan) {
        return yuanToWan(yuan).toPlainString();
    }

    /** A value rounded half-up to the given decimals and printed. */
    public static String format(BigDecimal value, int decimals, boolean grouping) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat(grouping ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setParseBigDecimal(true);
        return f.format(rounded);
    }

    /** Null-safe zero. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(YUAN_SCALE) : value;
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(YUAN_SCALE);
    }

    /** The sum of two amounts where an absent one counts as nothing; absent when both are. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
