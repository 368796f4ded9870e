package juesuan.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import juesuan.i18n.Msg;

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
            throw new InputError(Msg.get("input.notAmount", text.strip()));
        }
        BigDecimal wan = new BigDecimal(s);
        if (wan.stripTrailingZeros().scale() > Money.MAX_WAN_DECIMALS) {
            throw new InputError(Msg.get("input.finerThanFen", text.strip()));
        }
        if (wan.signum() < 0 && !allowNegative) {
            throw new InputError(Msg.get("input.negativeAmount", text.strip()));
        }
        if (wan.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
            throw new InputError(Msg.get("input.tooLarge", text.strip()));
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
                throw new InputError(Msg.get("input.negativeCount", text.strip()));
            }
            throw new InputError(Msg.get("input.notCount", text.strip()));
        }
        return Long.parseLong(s.replace("+", ""));
    }

    /** Parses a score out of 100 (a 平均得分): at most 2 decimals; blank gives {@code null}. */
    public static BigDecimal parseScore(String text) {
        BigDecimal v = parseDecimal(text, false);
        if (v == null) {
            return null;
        }
        if (v.compareTo(BigDecimal.valueOf(100)) > 0 || v.stripTrailingZeros().scale() > 2) {
            throw new InputError(Msg.get("input.notScore", text.strip()));
        }
        return v;
    }

    /** Parses a plain decimal (indicator values, percentages); blank gives {@code null}. */
    public static BigDecimal parseDecimal(String text, boolean allowNegative) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = clean(text).replace("%", "");
        if (!NUMBER.matcher(s).matches()) {
            throw new InputError(Msg.get("input.notNumber", text.strip()));
        }
        BigDecimal v = new BigDecimal(s);
        if (v.signum() < 0 && !allowNegative) {
            throw new InputError(Msg.get("input.negative", text.strip()));
        }
        if (v.stripTrailingZeros().scale() > 6) {
            throw new InputError(Msg.get("input.tooManyDecimals", text.strip()));
        }
        return v;
    }
}
