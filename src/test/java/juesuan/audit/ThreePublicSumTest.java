package juesuan.audit;

import static juesuan.audit.AuditFixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import juesuan.calculation.Comparisons;
import juesuan.calculation.ReportFigures;
import juesuan.model.Comparison;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** The 三公 total's bases against its items': followed when not typed, an 错误 when typed otherwise. */
class ThreePublicSumTest {
    @Test
    void theTotalsPriorFollowsTheItemsSoTheTextsTotalChangeIsTheirSum() {
        AuditFixture f = new AuditFixture().change(r -> {
            r.setComparison("tp.total", Comparison.EMPTY);
            r.setComparison("tp.reception", new Comparison(wan("0.70"), wan("1.302"), null));
            r.setComparison("tp.carRun", new Comparison(wan("0.30"), wan("0"), null));
            r.table("T7").set("carRun", "actual", wan("0.10"));
        });
        var r = f.report;
        var figures = new ReportFigures(r, TemplateLoader.forReport(r));
        var cmp = new Comparisons(r, figures);
        var total = figures.template().comparisons().stream().filter(d -> d.key().equals("tp.total")).findFirst().orElseThrow();
        assertTrue(cmp.priorFollows(total));
        assertEquals(0, wan("1.00").compareTo(cmp.bases(total).priorFinal()));
        String text = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get("chongqing")).paragraph("3.1.1").text();
        // 0.5407 against 1.00: the items' changes (-0.2593 and -0.20) add up to it
        assertTrue(text.contains("较上年支出数减少0.46万元，下降45.93%"), text);
        assertEquals(List.of(), f.messages("X-15"));
    }

    @Test
    void aTypedTotalThatIsNotTheSumOfItsItemsIsAnError() {
        // as published: the total compared with a 年初预算 of 1.00 万元, its one item with 1.30 万元
        AuditFixture f = new AuditFixture().change(r -> r.setComparison("tp.total", new Comparison(wan("0.68105"), wan("1.0016"), null)));
        Finding x = f.findings("X-15").getFirst();
        assertEquals(Severity.ERROR, x.severity());
        assertEquals("“三公”经费合计的年初预算数 1.00 万元 与 各项年初预算数之和 1.30 万元（因公出国（境）费 0.00，公务用车购置费 0.00，"
                + "公务用车运行维护费 0.00，公务接待费 1.30）不相等，相差 0.30 万元：情况说明写出的合计增减将不等于各项增减之和，请核对（比较数与原因）", x.message());
        assertEquals(1, f.findings("X-15").size());
    }

    @Test
    void roundedPublishedFiguresWithinHalfAFenEachAreRounding() {
        AuditFixture f = new AuditFixture().change(r -> {
            r.setComparison("tp.total", new Comparison(wan("0.69"), null, null));
            r.setComparison("tp.reception", new Comparison(wan("0.34"), wan("1.302"), null));
            r.setComparison("tp.carRun", new Comparison(wan("0.34"), wan("0"), null));
        });
        assertEquals(Severity.ROUNDING, f.findings("X-15").getFirst().severity());
    }
}
