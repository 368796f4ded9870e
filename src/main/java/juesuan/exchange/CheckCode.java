package juesuan.exchange;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import juesuan.i18n.Msg;
import juesuan.model.Report;

/**
 * The digest of a report's data and its check code (校验码): the readable form printed on every page of the final
 * document. The digest is SHA-256 of {@link ReportJson#canonical}; the code is its first 80 bits written as 16
 * characters of an alphabet without look-alikes (no 0/O, 1/I/L, U/V pairs to confuse), in four groups:
 * {@code 7KQ4-M2XD-9HRT-C3WP}.
 */
public final class CheckCode {
    /** 30 symbols: the digits 2–9 and the letters without I, L, O, U. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 16;

    private CheckCode() {
    }

    /** SHA-256 of the report's canonical data, as 64 lower-case hex digits. */
    public static String digest(Report report) {
        return sha256(ReportJson.canonical(report));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The check code of a digest: {@code XXXX-XXXX-XXXX-XXXX}. */
    public static String of(String digestHex) {
        BigInteger n = new BigInteger(1, HexFormat.of().parseHex(digestHex.substring(0, 20)));
        BigInteger base = BigInteger.valueOf(ALPHABET.length());
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            BigInteger[] qr = n.divideAndRemainder(base);
            out[i] = ALPHABET.charAt(qr[1].intValue());
            n = qr[0];
        }
        String s = new String(out);
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    /**
     * A code as typed from paper, normalised (upper case; spaces and dashes dropped; O read as 0 is not in the
     * alphabet, so it is refused rather than guessed). Returns the code in its printed form, or the message saying
     * what is wrong with it.
     */
    public static Result parse(String typed) {
        String s = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2014\u2010\u2013\uFF0D]", "");
        if (s.length() != LENGTH) {
            return new Result(Optional.empty(), Msg.get("checkCode.length", LENGTH, s.length()));
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return new Result(Optional.empty(), Msg.get("checkCode.badChar", i + 1, s.charAt(i)));
            }
        }
        return new Result(Optional.of(s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12)), "");
    }

    /** A parsed code, or why it could not be read. */
    public record Result(Optional<String> code, String problem) {
    }
}
