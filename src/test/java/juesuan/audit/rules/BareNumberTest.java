package juesuan.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** N-14's reading of a number left without its unit, one pass from each decimal point. */
class BareNumberTest {
    @Test
    void aDecimalAfterAWordThatTakesAUnitAndBeforePunctuationIsBare() {
        assertEquals(new RewrittenTextRule.Bare(10, "13.95"), RewrittenTextRule.bareNumber("支出增加5万元，增长13.95。"));
        assertEquals("113.95", RewrittenTextRule.bareNumber("增长113.95，主要原因").number());
        assertEquals("12.50", RewrittenTextRule.bareNumber("占本年支出合计的12.50；").number());
        assertEquals("1.5", RewrittenTextRule.bareNumber("年初预算为1.5").number(), "at the end of the text");
        assertEquals("2.5", RewrittenTextRule.bareNumber("增长13.95%，下降2.5。").number(), "the first bare one");
    }

    @Test
    void aNumberWithItsUnitOrWithoutSuchAWordIsNot() {
        assertNull(RewrittenTextRule.bareNumber("增长13.95%。"));
        assertNull(RewrittenTextRule.bareNumber("支出决算为207.77万元。"));
        assertNull(RewrittenTextRule.bareNumber("见第5.2节。"));
        assertNull(RewrittenTextRule.bareNumber("按1.2.3。"), "a numbering, not a decimal");
        assertNull(RewrittenTextRule.bareNumber("增长13。"), "a whole number is a count");
        assertNull(RewrittenTextRule.bareNumber("没有小数点的段落"));
    }
}
