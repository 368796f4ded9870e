package juesuan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import juesuan.calculation.ReportFigures;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.template.TemplateLoader;

/** The demo's text pasted back as an officer writes it ({@link HumanText}): no 错误 points at no defect. */
final class HumanTextTest {
    static List<Finding> errors(Report r) {
        return Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).errors();
    }

    @org.junit.jupiter.api.Test
    void paragraphsAsPeopleWriteThemRaiseNoError() throws IOException {
        for (String profile : List.of("chongqing", "mof")) {
            Report r = HumanText.pasted(profile);
            assertTrue(r.overrides().size() >= 17, profile);
            List<String> messages = new ArrayList<>();
            errors(r).forEach(f -> messages.add(f.ruleId() + " " + f.message()));
            assertEquals(List.of(), messages, profile);
        }
    }

    @org.junit.jupiter.api.Test
    void aDefectInSuchAParagraphIsStillAnError() throws IOException {
        String[][] plants = {
                {"chongqing", "2.3.4.201", "占比95.4%", "占比59.4%", "N-1"},
                {"chongqing", "3.2.reception", "下降35.29%", "下降66.15%", "N-1"},
                {"chongqing", "4.3.1", "服务采购1,111.07万元", "服务采购1,111.70万元", "N-1"},
                {"chongqing", "2.1.2", "占比100%", "占比100", "N-14"},
                {"chongqing", "2.3.4.205", "教育支出为1.28万元", "文化体育与传媒支出为1.28万元", "N-16"},
                {"chongqing", "4.1.2", "比上年减少1.54万元", "比上年减增加1.54万元", "N-15"},
                {"mof", "p3.5.2.1", "住房保障支出（类）18.15万元，占1.24%", "住房保障支出（类）18.15万元，占2.43%", "N-1"},
                {"mof", "p3.7.2.3", "购置公务用车0辆；", "", "N-17"},
                {"mof", "p3.1.1", "本单位2023年度", "本单位2021年度", "N-15"}};
        for (String[] p : plants) {
            Report r = HumanText.pasted(p[0]);
            TextOverride o = r.overrides().get(p[1]);
            assertTrue(o.text().contains(p[2]), p[1] + ": " + o.text());
            r.setOverride(p[1], new TextOverride(o.text().replace(p[2], p[3]), o.generated()));
            List<String> rules = errors(r).stream().map(Finding::ruleId).toList();
            assertEquals(List.of(p[4]), rules, p[1] + " " + p[3]);
        }
    }
}
