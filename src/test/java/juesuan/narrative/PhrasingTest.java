package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import juesuan.calculation.Change;
import juesuan.calculation.Percent;
import juesuan.model.Money;
import org.junit.jupiter.api.Test;

/** Every rule of the phrasing, with the Chongqing words. */
class PhrasingTest {
    private final Profile cq = Profiles.get("chongqing");
    private final Phrasing two = new Phrasing(cq, new NarrativeSettings(2, false));

    private static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    private static Change change(String current, String base) {
        return Change.of(wan(current), wan(base));
    }

    @Test
    void increaseUsesZengjiaForTheAmountAndZengzhangForTheRate() {
        assertEquals("增加350.10万元，增长31.45%", two.change(change("1463.32", "1113.22"), "上年决算数"));
    }

    @Test
    void decreaseUsesJianshaoAndXiajiang() {
        assertEquals("减少1.54万元，下降64.71%", two.change(change("0.84", "2.38"), "上年决算数"));
    }

    @Test
    void equalIsWuZengjian() {
        assertEquals("无增减", two.change(change("1.28", "1.28"), "年初预算数"));
        assertEquals("无增减", two.change(change("0", "0"), "上年决算数"));
    }

    @Test
    void aChangeTooSmallToShowIsNearlyEqual() {
        // 40 元 is 0.004 万元: prints as 0.00
        assertEquals("基本持平", two.change(Change.of(new BigDecimal("10040.00"), new BigDecimal("10000.00")), "上年决算数"));
    }

    @Test
    void zeroBaseGivesTheAmountOnlyOrHundredPercentBySetting() {
        assertEquals("增加5.00万元（上年决算数为0）", two.change(change("5", "0"), "上年决算数"));
        Phrasing hundred = new Phrasing(cq, new NarrativeSettings(2, true));
        assertEquals("增加5.00万元，增长100.00%", hundred.change(change("5", "0"), "上年决算数"));
        assertNull(change("5", "0").rate());
    }

    @Test
    void aZeroInitialBudgetComparesWithTheFullYearBudget() {
        juesuan.model.Report r = juesuan.exchange.DemoReport.create();
        r.setComparison("op.meeting", new juesuan.model.Comparison(null, wan("0"), wan("1.00")));
        juesuan.calculation.ReportFigures f = new juesuan.calculation.ReportFigures(r, juesuan.template.TemplateLoader.load(2023));
        NarrativeModel m = new NarrativeModel(r, f, cq, new NarrativeSettings(2, false));
        ChangeView b = m.budget("op.meeting");
        assertEquals("全年预算数", b.getBaseLabel());
        assertEquals("减少0.16万元，下降16.00%", NarrativeGenerator.spans(b.getPhrase()).get(0).text());
        r.setComparison("op.meeting", new juesuan.model.Comparison(null, wan("0"), null));
        ChangeView none = new NarrativeModel(r, f, cq, new NarrativeSettings(2, false)).budget("op.meeting");
        assertEquals("年初预算数", none.getBaseLabel());
        assertEquals("增加0.84万元（年初预算数为0）", NarrativeGenerator.spans(none.getPhrase()).get(0).text());
    }

    @Test
    void oneDecimalSetting() {
        Phrasing one = new Phrasing(cq, new NarrativeSettings(1, false));
        assertEquals("增加350.10万元，增长31.4%", one.change(change("1463.32", "1113.22"), "上年决算数"));
        assertEquals("8.7", one.percent(new BigDecimal("8.66")));
    }

    @Test
    void roundingIsHalfUpFromExactValues() {
        // 99.868% shows 99.87% (not truncated to 99.86%)
        assertEquals("99.87", two.percent(Percent.of(new BigDecimal("998.68"), new BigDecimal("1000"))));
        assertEquals("0.45", two.wan(new BigDecimal("4450.00")));
        // 0.44 万元 shown, but the change is computed from 4407 元 exact: 0.24 and 35.29% from 6810.50 元
        assertEquals("减少0.24万元，下降35.29%",
                two.change(Change.of(new BigDecimal("4407.00"), new BigDecimal("6810.50")), "上年决算数"));
    }

    @Test
    void emptySectionsHaveTheirSentence() {
        Narrative n = NarrativeGenerator.generate(juesuan.exchange.DemoReport.create(), juesuan.template.TemplateLoader.load(2023), cq);
        assertEquals("本部门2023年度无政府性基金预算财政拨款收支。", n.paragraph("2.5.1").text());
        assertEquals("本部门2023年度无国有资本经营预算财政拨款支出。", n.paragraph("2.6.1").text());
    }

    @Test
    void aChangedFigureWithoutReasonIsFlagged() {
        juesuan.model.Report r = juesuan.exchange.DemoReport.create();
        r.setReason("op.meeting", juesuan.model.Basis.PRIOR, "");
        Narrative n = NarrativeGenerator.generate(r, juesuan.template.TemplateLoader.load(2023), cq);
        Paragraph p = n.paragraph("4.1.2");
        assertEquals("本年度会议费支出0.84万元，较上年决算数减少1.54万元，下降64.71%，主要原因是（主要原因待填写）。", p.text());
        assertEquals(java.util.List.of(p), n.missingReasons());
        assertEquals("op.meeting", p.reasons().get(0).comparisonKey());
        // no change, no reason needed: 年末结转和结余 without a reason is not flagged
        r.setReason("carry.end", juesuan.model.Basis.PRIOR, "");
        Narrative n2 = NarrativeGenerator.generate(r, juesuan.template.TemplateLoader.load(2023), cq);
        assertEquals("4.结转结余情况。2023年度年末结转和结余0.00万元，较上年决算数无增减。", n2.paragraph("2.1.4").text());
    }

    @Test
    void aRewrittenParagraphIsKeptAndFlaggedWhenTheFiguresChange() {
        juesuan.model.Report r = juesuan.exchange.DemoReport.create();
        String generated = NarrativeGenerator.generate(r, juesuan.template.TemplateLoader.load(2023), cq).paragraph("4.1.2").text();
        r.setOverride("4.1.2", new juesuan.model.TextOverride("本年度会议费支出0.84万元，会议精简。", generated));
        Paragraph p = NarrativeGenerator.generate(r, juesuan.template.TemplateLoader.load(2023), cq).paragraph("4.1.2");
        assertEquals("本年度会议费支出0.84万元，会议精简。", p.text());
        assertEquals(true, p.overridden());
        assertEquals(false, p.stale());
        r.setAmount("op.meeting", wan("0.90"));
        Paragraph after = NarrativeGenerator.generate(r, juesuan.template.TemplateLoader.load(2023), cq).paragraph("4.1.2");
        assertEquals("本年度会议费支出0.84万元，会议精简。", after.text());
        assertEquals(true, after.stale());
    }
}
