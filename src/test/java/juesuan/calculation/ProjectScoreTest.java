package juesuan.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectScoreTest {
    /** The shortcut for x / 100 writes the same number, with the same scale, as the long division it replaced. */
    @Test
    void hundredthIsTheDivisionByAHundred() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        for (String v : List.of("0", "0.00", "1", "10", "100", "1200", "1E+3", "1234", "12.5", "2000.000", "99.99",
                "0.0001", "-15", "-3.30", "1E+5", "123456789012345678901234567890.12", "6.66666666666666")) {
            BigDecimal x = new BigDecimal(v);
            BigDecimal expected = x.divide(hundred, MathContext.DECIMAL128);
            BigDecimal got = ProjectScore.hundredth(x);
            assertEquals(expected, got, v); // BigDecimal.equals compares the scale too
        }
    }
}
