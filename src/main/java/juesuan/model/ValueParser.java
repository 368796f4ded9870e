package juesuan.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Turns what a user typed or pasted into exact values, or refuses it with a plain Chinese message. */
public final class ValueParser {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private ValueParser() {
    }

    /** Cleans the decorations Excel and the reporting client put around numbers: separators, spaces, full-width digits. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '－') {
                b.append('-');
            } else if (c != ',' && c != '，' && c != ' ' && c != '\u00a0' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Parses 万元 text into exact 元. Blank gives {@code null} (the cell is cleared).
     *
     * @param allowNegative whether the row accepts a negative amount
     */
    public static BigDecimal parseWanToYuan(String text, boolean allowNegative) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = clean(text);
        if (!NUMBER.matcher(s).matches()) {
            throw new InputError("“" + text.strip() + "”不是金额，请输入数字（单位：万元）");
        }
        BigDecimal wan = new BigDecimal(s);
        if (wan.stripTrailingZeros().scale() > Money.MAX_WAN_DECIMALS) {
            throw new InputError("金额“" + text.strip() + "”超过了分的精度：以万元填报时最多 6 位小数");
        }
        if (wan.signum() < 0 && !allowNegative) {
            throw new InputError("此处金额不能为负数：“" + text.strip() + "”");
        }
        if (wan.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
            throw new InputError("金额“" + text.strip() + "”过大，请确认单位是万元");
        }
        return Money.wanToYuan(wan);
    }

    /** Parses a count (人次, 辆, 个…): a whole number ≥ 0; blank gives {@code null}. */
    public static Long parseCount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = clean(text);
        if (!s.matches("\\+?\\d{1,12}")) {
            if (s.matches("-\\d+")) {
                throw new InputError("数量不能为负数：“" + text.strip() + "”");
            }
            throw new InputError("“" + text.strip() + "”不是整数，请输入个数（如 3）");
        }
        return Long.parseLong(s.replace("+", ""));
    }

    /** Parses a plain decimal (indicator values, percentages); blank gives {@code null}. */
    public static BigDecimal parseDecimal(String text, boolean allowNegative) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = clean(text).replace("%", "");
        if (!NUMBER.matcher(s).matches()) {
            throw new InputError("“" + text.strip() + "”不是数字");
        }
        BigDecimal v = new BigDecimal(s);
        if (v.signum() < 0 && !allowNegative) {
            throw new InputError("此处不能为负数：“" + text.strip() + "”");
        }
        if (v.stripTrailingZeros().scale() > 6) {
            throw new InputError("“" + text.strip() + "”小数位过多：最多 6 位");
        }
        return v;
    }
}
