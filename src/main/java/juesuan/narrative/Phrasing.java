package juesuan.narrative;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import juesuan.calculation.Change;
import juesuan.model.Money;

/**
 * The phrasing rules: 增加/减少 for amounts, 增长/下降 for rates, 无增减 when equal, 基本持平 when the change
 * does not show at two decimals of 万元, the zero-base wording, and rounding half-up from exact values.
 * The words come from the profile.
 */
public final class Phrasing {
    private final Profile profile;
    private final NarrativeSettings settings;

    public Phrasing(Profile profile, NarrativeSettings settings) {
        this.profile = profile;
        this.settings = settings;
    }

    public NarrativeSettings settings() {
        return settings;
    }

    /** 元 as 万元 with 2 decimals, no separators: 14633200.00 → "1463.32". */
    public String wan(BigDecimal yuan) {
        return Money.formatWanPlain(Money.orZero(yuan));
    }

    /** A percentage with the report's decimals, without the % sign: 31.4497… → "31.45". */
    public String percent(BigDecimal percent) {
        return Money.format(percent == null ? BigDecimal.ZERO : percent, settings.percentDecimals(), false);
    }

    /** Whether a change is nil as printed: exactly equal, or less than 0.005 万元 either way. */
    public boolean flat(Change c) {
        return c.direction() == 0 || wan(c.difference().abs()).equals(wan(BigDecimal.ZERO));
    }

    /**
     * The change phrase after "较上年决算数" / "较年初预算数": "增加350.10万元，增长31.45%", "减少0.24万元，下降35.29%",
     * "无增减", "基本持平", or for a zero base "增加5.00万元（上年决算数为0）" (or "…，增长100.00%" when the
     * report asks for it).
     *
     * @param baseLabel what the base is called, for the zero-base wording
     */
    public String change(Change c, String baseLabel) {
        if (c.direction() == 0) {
            return profile.phrase("same");
        }
        if (flat(c)) {
            return profile.phrase("nearlySame");
        }
        boolean up = c.direction() > 0;
        String word = profile.phrase(up ? "increase" : "decrease");
        String rateWord = profile.phrase(up ? "grow" : "decline");
        String amount = wan(c.difference().abs());
        if (c.zeroBase()) {
            return settings.zeroBaseHundred()
                    ? format(profile.phrase("change"), word, amount, rateWord, percent(BigDecimal.valueOf(100)))
                    : format(profile.phrase("changeZeroBase"), word, amount, baseLabel);
        }
        return format(profile.phrase("change"), word, amount, rateWord, percent(c.rate().abs()));
    }

    /** Fills a profile pattern ({0}, {1}, …). */
    public static String format(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
