package juesuan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** E-1: a report with no figures at all cannot be finalised, and 审核 says why. */
class EmptyReportTest {
    @Test
    void anEmptyReportHasAnErrorAndCannotBeFinalised() {
        Report empty = new Report(new Unit("9", "新单位"), 2023, 2023, "chongqing");
        AuditResult result = Auditor.audit(empty, new ReportFigures(empty, TemplateLoader.load(2023)));
        assertFalse(result.canFinalize(empty));
        Finding f = result.errors().stream().filter(x -> x.ruleId().equals("E-1")).findFirst().orElseThrow();
        assertTrue(f.message().startsWith("报告中还没有任何数字"), f.message());
    }

    @Test
    void theDemoHasFiguresSoTheRuleIsSilent() {
        Report demo = DemoReport.create();
        AuditResult result = Auditor.audit(demo, new ReportFigures(demo, TemplateLoader.load(2023)));
        assertEquals(0, result.findings().stream().filter(x -> x.ruleId().equals("E-1")).count());
    }
}
