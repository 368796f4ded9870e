package juesuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueParserTest {
    @Test
    void wanIsStoredExactlyInYuan() {
        assertEquals(new BigDecimal("14633200.00"), ValueParser.parseWanToYuan("1463.32", false));
        assertEquals(new BigDecimal("4407.00"), ValueParser.parseWanToYuan("0.4407", false));
        assertEquals(new BigDecimal("0.01"), ValueParser.parseWanToYuan("0.000001", false));
        assertEquals(new BigDecimal("12345600.00"), ValueParser.parseWanToYuan(" 1,234.56 ", false));
        assertEquals(new BigDecimal("12345600.00"), ValueParser.parseWanToYuan("１２３４．５６", false));
        assertNull(ValueParser.parseWanToYuan("  ", false));
    }

    @Test
    void refusesTextFinerThanFenAndNegative() {
        assertEquals("“abc”不是金额，请输入数字（单位：万元）",
                assertThrows(InputError.class, () -> ValueParser.parseWanToYuan("abc", false)).getMessage());
        assertEquals("金额“0.0000001”超过了分的精度：以万元填报时最多 6 位小数",
                assertThrows(InputError.class, () -> ValueParser.parseWanToYuan("0.0000001", false)).getMessage());
        assertEquals("此处金额不能为负数：“-5”",
                assertThrows(InputError.class, () -> ValueParser.parseWanToYuan("-5", false)).getMessage());
        assertEquals(new BigDecimal("-50000.00"), ValueParser.parseWanToYuan("-5", true));
    }

    @Test
    void counts() {
        assertEquals(52L, ValueParser.parseCount("52"));
        assertEquals("“3.5”不是整数，请输入个数（如 3）",
                assertThrows(InputError.class, () -> ValueParser.parseCount("3.5")).getMessage());
        assertEquals("数量不能为负数：“-1”", assertThrows(InputError.class, () -> ValueParser.parseCount("-1")).getMessage());
    }

    @Test
    void displayRoundsHalfUpFromExactValues() {
        assertEquals("0.44", Money.formatWanPlain(new BigDecimal("4407.00")));
        assertEquals("0.45", Money.formatWanPlain(new BigDecimal("4450.00")));
        assertEquals("1,463.32", Money.formatWan(new BigDecimal("14633200.00")));
        assertEquals("0.4407", Money.editableWan(new BigDecimal("4407.00")));
        assertEquals("1463.32", Money.editableWan(new BigDecimal("14633200.00")));
    }
}
