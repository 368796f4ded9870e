package juesuan.audit;

import static juesuan.audit.AuditFixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 尾差: figures published in 万元 with 2 decimals may differ by rounding — up to half a 分 of 万元 per figure of a
 * relation — without an 错误; a larger difference, or one between amounts typed to the 元, stays an 错误.
 */
class RoundingTest {
    private static Finding only(AuditFixture f, String rule, int index) {
        List<Finding> found = f.findings(rule);
        assertTrue(found.size() > index, rule + ": " + found);
        return found.get(index);
    }

    @Test
    void aDifferenceOfHalfAFenPerFigureIsRounding() {
        // 收支总表的本年收入合计 (one figure) against 收入决算表的合计, the sum of its ten rows: up to 0.055 万元
        AuditFixture f = new AuditFixture().change(r -> r.table("T2").set("2010301", "fiscal", wan("207.79")));
        Finding x1 = only(f, "X-1", 0);
        assertEquals(Severity.ROUNDING, x1.severity(), x1.message());
        assertTrue(x1.message().contains("相差 0.02 万元") && x1.message().contains("11 个两位小数万元数") && x1.message().contains("±0.055 万元"),
                x1.message());
        assertTrue(f.result().errors().isEmpty(), f.result().errors().toString());
    }

    @Test
    void moreThanHalfAFenPerFigureStaysAnError() {
        AuditFixture f = new AuditFixture().change(r -> r.table("T2").set("2010301", "fiscal", wan("207.83")));
        Finding x1 = only(f, "X-1", 0);
        assertEquals(Severity.ERROR, x1.severity(), x1.message());
        assertTrue(x1.message().contains("相差 0.06 万元"), x1.message());
    }

    @Test
    void theRoundingGrowsWithTheRowsBehindASum() {
        // 公开06表 as published, every row rounded to the 分 of 万元: 人员经费合计 and 公用经费合计 are the sums of 24 rows,
        // 公开05表's 基本支出 of its 项; 0.02 万元 apart is 尾差 although each side names at most two figures
        AuditFixture f = new AuditFixture().change(r -> {
            r.table("T6").set("30217", "amount", wan("0.44"));
            r.table("T6").set("30299", "amount", wan("2.49"));
            r.table("T6").set("30201", "amount", r.table("T6").get("30201", "amount").add(wan("0.02")));
        });
        Finding x5 = only(f, "X-5", 0);
        assertEquals(Severity.ROUNDING, x5.severity(), x5.message());
        assertTrue(x5.message().contains("相差 0.02 万元"), x5.message());
        assertTrue(f.result().errors().isEmpty(), f.result().errors().toString());
    }

    @Test
    void amountsTypedToTheYuanSumExactly() {
        // 1 元 more: not a 2-decimal 万元 figure, so no rounding to allow for
        AuditFixture f = new AuditFixture().change(r -> r.table("T2").set("2010301", "fiscal", wan("207.7701")));
        assertEquals(Severity.ERROR, only(f, "X-1", 0).severity());
    }

    @Test
    void aReportWhoseTablesDifferOnlyByRoundingCanBeFinalised() {
        // 公开06表 as published: 办公费 rounded up, so 人员经费+公用经费 is 0.01 万元 above 公开05表's 基本支出
        AuditFixture f = new AuditFixture().change(r -> {
            r.table("T6").set("30201", "amount", r.table("T6").get("30201", "amount").add(wan("0.01")));
        });
        AuditResult result = f.result();
        assertEquals(List.of(), result.errors());
        assertEquals(1, result.rounding().size(), result.rounding().toString());
        assertEquals("X-5", result.rounding().get(0).ruleId());
        for (Finding hint : result.hints()) {
            f.report.setExplanation(hint.key(), "已核对");
        }
        assertTrue(f.result().canFinalize(f.report), "尾差 needs no 出错说明 and does not block 定稿");
        // one fen more is beyond three figures' rounding (±0.015 万元)
        AuditFixture beyond = new AuditFixture().change(r ->
                r.table("T6").set("30201", "amount", r.table("T6").get("30201", "amount").add(wan("0.02"))));
        assertEquals(Severity.ERROR, only(beyond, "X-5", 0).severity());
    }
}
