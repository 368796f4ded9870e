package juesuan.audit.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a text with their units, read as people write them: thousands separators (18,236.40), full-width
 * digits and points (１２．５), a sign, and a unit after the number with or without a space.
 */
public final class Numbers {
    private Numbers() {
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uff10' && c <= '\uff19') {
            return c - '\uff10';
        }
        return -1;
    }

    private static boolean point(char c) {
        return c == '.' || c == '\uff0e';
    }

    /** The text with full-width digits and points made ASCII (１２．５ → 12.5), for patterns that read digits. */
    public static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char h = c >= '\uff10' && c <= '\uff19' ? (char) (c - '\uff10' + '0') : c == '\uff0e' ? '.' : c;
            if (h != c && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(h);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Every number of a text, in order, each with the unit that follows it ("" when none). */
    public static List<Written> in(String text) {
        List<Written> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (digit(text.charAt(i)) < 0 || i > 0 && (digit(text.charAt(i - 1)) >= 0 || point(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            boolean negative = i > 0 && (text.charAt(i - 1) == '-' || text.charAt(i - 1) == '\uff0d')
                    && (i < 2 || digit(text.charAt(i - 2)) < 0);
            StringBuilder plain = new StringBuilder();
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                int d = digit(c);
                if (d >= 0) {
                    plain.append((char) ('0' + d));
                    j++;
                } else if (c == ',' && j + 3 < n + 1 && groupOfThree(text, j + 1)) {
                    j++; // a thousands separator: three digits follow, then no digit
                } else {
                    break;
                }
            }
            int decimals = 0;
            if (j + 1 < n && point(text.charAt(j)) && digit(text.charAt(j + 1)) >= 0) {
                plain.append('.');
                j++;
                while (j < n && digit(text.charAt(j)) >= 0) {
                    plain.append((char) ('0' + digit(text.charAt(j))));
                    decimals++;
                    j++;
                }
            }
            int u = j;
            while (u < n && (text.charAt(u) == ' ' || text.charAt(u) == '\u3000')) {
                u++;
            }
            String unit = "";
            for (String candidate : Vocabulary.WORDS.units) {
                if (text.startsWith(candidate, u)) {
                    unit = candidate;
                    break;
                }
            }
            BigDecimal value = new BigDecimal(plain.toString());
            out.add(new Written(negative ? start - 1 : start, unit.isEmpty() ? j : u + unit.length(),
                    negative ? value.negate() : value, decimals, unit));
            i = j;
        }
        return out;
    }

    /** Whether three digits start here and no fourth follows (what a thousands separator is followed by). */
    private static boolean groupOfThree(String text, int at) {
        if (at + 3 > text.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (digit(text.charAt(k)) < 0) {
                return false;
            }
        }
        return at + 3 == text.length() || digit(text.charAt(at + 3)) < 0;
    }
}
