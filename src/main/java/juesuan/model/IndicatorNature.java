package juesuan.model;

import java.util.Arrays;
import java.util.Optional;

/** 指标性质 of a 绩效指标. */
public enum IndicatorNature {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    EQUAL("=");

    private final String symbol;

    IndicatorNature(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Accepts the symbol and the ASCII forms an officer may type (>=, <=). */
    public static Optional<IndicatorNature> fromText(String text) {
        String t = text == null ? "" : text.strip().replace(">=", "≥").replace("<=", "≤").replace("＝", "=")
                .replace("＞＝", "≥").replace("＜＝", "≤");
        return Arrays.stream(values()).filter(n -> n.symbol.equals(t)).findFirst();
    }
}
