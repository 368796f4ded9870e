package juesuan.audit;

import static juesuan.audit.AuditFixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.model.Unit;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/**
 * What 审核 says of a unit's first report: what the profile needs filled before 定稿 (C-1), a government where the unit
 * is meant (N-9), a 绩效 count that contradicts the forms (N-12), and one finding per cause, 错误 first.
 */
class FirstReportAuditTest {
    private static List<Finding> audit(Report r) {
        return Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).findings();
    }

    private static List<String> fields(List<Finding> fs, String rule) {
        return fs.stream().filter(f -> f.ruleId().equals(rule)).map(f -> f.place().field()).toList();
    }

    @Test
    void everythingTheProfilePrintsIsAnErrorUntilFilled() {
        Report r = DemoReport.create();
        r.unit().setSupervisor("");
        r.unit().setUnitType("");
        r.unit().setDuties(List.of());
        r.unit().setSubunits(List.of());
        r.unit().setInternalBodies(List.of(" "));
        r.unit().setContactPerson("");
        r.unit().setContactPhone("");
        r.glossary().clear();
        List<Finding> fs = audit(r);
        assertTrue(fs.stream().filter(f -> f.ruleId().equals("C-1")).allMatch(f -> f.severity() == Severity.ERROR));
        assertEquals(List.of("supervisor", "unitType", "duties", "structure", "contactPerson", "contactPhone"),
                fields(fs, "C-1").stream().filter(java.util.Objects::nonNull).toList());
        assertTrue(fs.stream().anyMatch(f -> f.ruleId().equals("C-1") && f.place().tab().equals("glossary")));
        assertFalse(Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).canFinalize(r));

        // the text never prints a label followed by nothing: the draft says what is still to fill
        String text = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get("chongqing")).text();
        assertTrue(text.contains("的职能职责：（待填写）"), text);
        assertTrue(text.contains("联系人：（待填写）    联系电话：（待填写）。"), text);
        assertFalse(text.contains("职能职责：\n") || text.contains("联系人：    "), text);

        // the Ministry's text prints no contacts: they are not asked for there
        r.setProfile("mof");
        assertEquals(List.of("supervisor", "unitType", "duties", "structure"),
                fields(audit(r), "C-1").stream().filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void aTypeOutsideTheListIsAnErrorAndTheDemoIsComplete() {
        assertEquals(List.of(), fields(audit(DemoReport.create()), "C-1"));
        Report r = DemoReport.create();
        r.unit().setUnitType("行政");
        List<Finding> fs = audit(r).stream().filter(f -> f.ruleId().equals("C-1")).toList();
        assertEquals(1, fs.size());
        assertTrue(fs.getFirst().message().contains("“行政”不在可选范围内（行政单位、参照公务员法管理的事业单位、事业单位、其他）"),
                fs.getFirst().message());
    }

    @Test
    void aHeadingWithNothingUnderItIsAnError() {
        Report r = DemoReport.create();
        // the officer's own version of the paragraph under （三）重点绩效评价结果, emptied
        r.overrides().put("5.3.1", new TextOverride("", ""));
        List<Finding> fs = audit(r).stream().filter(f -> f.ruleId().equals("C-1")).toList();
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("情况说明中“（三）重点绩效评价结果”下面没有任何内容，请补写这一部分（情况说明）", fs.getFirst().message());
        assertEquals("5.3", fs.getFirst().place().field());
    }

    @Test
    void theSubjectIsTheUnitNeverItsGovernment() {
        Report r = DemoReport.blank(new Unit("201", "重庆市江津区几江街道办事处"), 2024);
        r.unit().setSupervisor("重庆市江津区人民政府");
        String text = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get("chongqing")).text();
        assertTrue(text.contains("重庆市江津区几江街道办事处的职能职责："), text);
        assertTrue(text.contains("重庆市江津区几江街道办事处无下属单位。"), text);
        assertFalse(text.contains("人民政府的职能职责") || text.contains("人民政府无下属单位"), text);
        // a 本级 is spoken of as its department, as published texts do
        Report demo = DemoReport.create();
        assertTrue(NarrativeGenerator.generate(demo, TemplateLoader.forReport(demo), Profiles.get("chongqing")).text()
                .contains("重庆市江津区政务服务管理办公室的职能职责："));
        assertEquals("重庆市江津区政务服务管理办公室", demo.unit().subjectName());

        // a paragraph the officer rewrote that names the government where the unit is meant is an error
        r.overrides().put("1.2.1", new TextOverride("重庆市江津区人民政府下属单位2个：甲、乙。", ""));
        List<Finding> n9 = audit(r).stream().filter(f -> f.ruleId().equals("N-9")).toList();
        assertEquals(1, n9.size(), n9.toString());
        assertEquals(Severity.ERROR, n9.getFirst().severity());
        assertTrue(n9.getFirst().message().contains("写的是“重庆市江津区人民政府下属单位”") && n9.getFirst().message().contains("应为“重庆市江津区几江街道办事处”"),
                n9.getFirst().message());
        // and a government typed as the unit's own name
        Report gov = DemoReport.create();
        gov.unit().setName("重庆市江津区人民政府");
        assertTrue(audit(gov).stream().anyMatch(f -> f.ruleId().equals("N-9") && f.severity() == Severity.ERROR
                && f.message().startsWith("单位全称“重庆市江津区人民政府”是一级人民政府的名称")));
    }

    @Test
    void fewerFormProjectsThanPublishedFormsIsAnError() {
        // "对1个项目开展了绩效自评……以填报目标自评表形式开展自评0项" beside one published 自评表
        AuditFixture f = new AuditFixture().change(r -> {
            r.setCount("pf.projects", 1L);
            r.setCount("pf.formProjects", 0L);
        });
        assertEquals(List.of("公开了 1 张绩效目标自评表，但“以填报目标自评表形式开展自评”只填了 0 项：自评表都是以填报目标自评表形式自评的，请改正项目数（预算绩效）"),
                f.findings("N-12").stream().filter(x -> x.severity() == Severity.ERROR).map(Finding::message).toList());
    }

    @Test
    void aMissingBaseIsOneFindingNotAlsoAMissingReason() {
        AuditFixture f = new AuditFixture().change(r -> {
            r.setComparison("op.meeting", Comparison.EMPTY);
            r.setReason("op.meeting", Basis.PRIOR, "");
        });
        List<Finding> r3 = f.findings("R-3");
        assertEquals(1, r3.size());
        assertEquals(Severity.ERROR, r3.getFirst().severity(), "a base not typed at all blocks 定稿: the text would compare with a 0 nobody entered");
        assertTrue(f.findings("N-5").stream().noneMatch(x -> "op.meeting".equals(x.place().row())), "no reason asked for an unknown change");
        // once 0 is typed (there was none), the change is known and its reason is asked for
        AuditFixture zero = new AuditFixture().change(r -> {
            r.setComparison("op.meeting", new Comparison(wan("0"), null, null));
            r.setReason("op.meeting", Basis.PRIOR, "");
        });
        assertEquals(List.of(), zero.findings("R-3"));
        assertEquals(1, zero.findings("N-5").stream().filter(x -> "op.meeting".equals(x.place().row())).count());
        // a budget typed as 0 on both bases is worth a word, not a block
        AuditFixture budgetZero = new AuditFixture().change(r -> r.setComparison("op.opex", new Comparison(wan("30.49"), wan("0"), null)));
        assertEquals(List.of(Severity.HINT), budgetZero.findings("N-4").stream().map(Finding::severity).toList());
    }

    @Test
    void errorsComeFirst() {
        List<Finding> fs = new AuditFixture().change(r -> {
            r.setComparison("op.meeting", Comparison.EMPTY);
            r.unit().setContactPhone("");
        }).result().findings();
        for (int i = 1; i < fs.size(); i++) {
            assertTrue(fs.get(i - 1).severity().compareTo(fs.get(i).severity()) <= 0, fs.toString());
        }
        assertEquals(Severity.ERROR, fs.getFirst().severity());
    }

    @Test
    void theThreePublicBudgetIsTypedOnceIn07() {
        // the comparisons follow 公开07表's 预算数 unless one is typed for them: no second copy for R-1 to compare
        AuditFixture f = new AuditFixture().change(r -> {
            r.setComparison("tp.reception", new Comparison(r.comparison("tp.reception").priorFinal(), null, null));
            r.setComparison("tp.total", new Comparison(r.comparison("tp.total").priorFinal(), null, null));
        });
        assertEquals(List.of(), f.messages("R-1"));
        assertEquals(List.of(), f.findings("N-4"));
        // a budget typed in the comparisons that differs from 07's is still told
        assertEquals(1, new AuditFixture().change(r -> r.setComparison("tp.reception",
                new Comparison(r.comparison("tp.reception").priorFinal(), AuditFixture.wan("1.00"), null))).messages("R-1").size());
    }
}
