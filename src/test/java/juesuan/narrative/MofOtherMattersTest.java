package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.function.Consumer;
import juesuan.exchange.DemoReport;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** 七 三公, 十 预算绩效 and 十一 采购、资产 of the Ministry-of-Finance text, written from the figures entered. */
class MofOtherMattersTest {
    private static final String UNIT = "重庆市江津区政务服务管理办公室（本级）";

    private static Narrative text(Consumer<Report> change) {
        Report r = DemoReport.create();
        change.accept(r);
        return NarrativeGenerator.generate(r, TemplateLoader.load(2023), Profiles.get("mof"));
    }

    private static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    @Test
    void noThreePublicSpendingIsOneSentenceWhateverTheBudget() {
        Narrative n = text(r -> {
            for (String row : java.util.List.of("trip", "carBuy", "carRun", "reception")) {
                r.table("T7").set(row, "actual", null); // nothing spent; the budget (1.30 万元) stays
            }
        });
        assertEquals(UNIT + "2023年度无“三公”经费财政拨款支出。", n.paragraph("p3.7.0").text());
        assertFalse(n.paragraphs().stream().anyMatch(p -> p.key().startsWith("p3.7.1")), "no subsections when there is none");
    }

    @Test
    void aSubsectionWithoutSpendingSaysSoAndCountsPrintWhereEntered() {
        Narrative n = text(r -> {
            r.counts().remove("tp.rec.abroad.batches");
            r.counts().remove("tp.rec.abroad.people");
        });
        assertEquals("1、" + UNIT + "2023年度无因公出国（境）费支出，因公出国（境）团组0个、0人次。", n.paragraph("p3.7.2.2").text());
        assertEquals("3、公务接待费支出0.44万元，主要用于接待重庆市各区县来我单位考察学习政务服务工作。共接待国内公务接待3批次、52人次，"
                + "其中：外事接待0批次、0人次。", n.paragraph("p3.7.2.4").text());
    }

    @Test
    void performanceManagementFromItsFigures() {
        Narrative n = text(r -> {
            r.setText("pf.system", "《预算绩效管理暂行办法》、《项目支出绩效自评工作规程》");
            r.setText("pf.mechanism", "事前评估、目标管理、运行监控、评价应用相衔接");
            r.setCount("pf.target.projects", 15L);
            r.setAmount("pf.target.funds", wan("1250.5"));
            r.setCount("pf.track.projects", 15L);
            r.setAmount("pf.track.funds", wan("1250.5"));
            r.setCount("pf.key.projects", 1L);
            r.setAmount("pf.key.funds", wan("300"));
            r.setCount("pf.grade.A", 11L);
            r.setCount("pf.grade.B", 2L);
            r.setCount("pf.grade.C", 0L);
            r.setCount("pf.grade.D", 0L);
            r.setCount("pf.problems.found", 3L);
            r.setCount("pf.problems.fixed", 2L);
            r.setCount("pf.problems.fixing", 1L);
            r.setText("pf.averageScore", "95.24");
        });
        assertEquals(UNIT + "2023年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：《预算绩效管理暂行办法》、"
                + "《项目支出绩效自评工作规程》，建立了事前评估、目标管理、运行监控、评价应用相衔接的预算绩效管理工作机制；全过程绩效管理实施情况："
                + "编报绩效目标的2023年度项目15个，涉及预算金额1250.50万元；绩效跟踪评价的2023年度项目15个，涉及预算金额1250.50万元；"
                + "重点绩效评价的2023年度项目1个，涉及预算金额300.00万元；绩效自评的2023年度项目13个，涉及预算金额1188.68万元，平均得分95.24分"
                + "（其中，绩效评级为“优”的项目11个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。"
                + "绩效自评中共发现问题3个，已经完成整改的2个，正在整改的1个）。", n.paragraph("p3.10.1").text());
    }

    @Test
    void theAverageScoreAndRatingsComeFromTheFormsOnlyWhenTheyAreEveryProject() {
        // 13 projects self-evaluated, one 自评表 published: neither its score nor its rating stands for all 13
        Narrative some = text(r -> { });
        assertTrue(some.paragraph("p3.10.1").text().endsWith("绩效自评的2023年度项目13个，涉及预算金额1188.68万元。"),
                some.paragraph("p3.10.1").text());
        assertEquals(java.util.Set.of("pf.averageScore", "pf.grade"), some.unknown());
        // every self-evaluated project published: the average and the ratings are the forms'
        Narrative all = text(r -> r.setCount("pf.projects", 1L));
        assertTrue(all.paragraph("p3.10.1").text().endsWith("绩效自评的2023年度项目1个，涉及预算金额1188.68万元，平均得分100分（其中，"
                + "绩效评级为“优”的项目1个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个）。"),
                all.paragraph("p3.10.1").text());
        assertEquals(java.util.Set.of(), all.unknown());
    }

    @Test
    void procurementReservedForSmallFirmsAndVehiclesByCategory() {
        Narrative n = text(r -> {
            r.setAmount("pr.reserved.sme", wan("300"));
            r.setAmount("pr.reserved.small", wan("120"));
            r.setAmount("pr.awarded.sme", wan("264.6"));
            r.setAmount("pr.awarded.small", wan("122"));
            r.setAmount("pr.otherAwarded.sme", wan("0"));
            r.setCount("as.car.enforcement", 2L);
            r.setCount("as.car.other", 1L);
        });
        assertEquals(UNIT + "2023年度政府采购金额（以合同签订为准）为1111.07万元，其中：货物采购金额0.00万元、工程采购金额0.00万元、"
                + "服务采购金额1111.07万元。授予中小企业合同金额264.60万元，其中授予小微企业合同金额122.00万元。"
                + "2023年度本部门面向中小企业预留政府采购项目预算金额300.00万元，面向小微企业预留政府采购项目预算金额120.00万元。"
                + "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额264.60万元；"
                + "在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额122.00万元；"
                + "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0.00万元。", n.paragraph("p3.11.2.1").text());
        assertEquals("截至2023年12月31日，" + UNIT + "共有车辆3辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、"
                + "应急保障用车0辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。单价100万元（含）以上设备（不含车辆）0台（套）。",
                n.paragraph("p3.11.3.1").text());
    }

    @Test
    void theCompletionShareIsASettingAndEach项OfTheFundsIsExplained() {
        Narrative n = text(r -> {
            r.setSetting(NarrativeSettings.BUDGET_COMPLETION, "false");
            r.table("T8").addRow("2120201");
            r.table("T8").set("2120201", "income", wan("50"));
            r.table("T8").set("2120201", "spend", wan("48"));
            r.table("T8").set("2120201", "project", wan("48"));
            r.setComparison("gf.item.2120201", new juesuan.model.Comparison(null, wan("50"), null));
            r.setReason("gf.item.2120201", juesuan.model.Basis.BUDGET, "部分项目按进度结转下年");
            r.setText("usage.2120201", "城乡社区公益事业");
        });
        assertEquals("一般公共预算财政拨款支出年初预算为1385.30万元，支出决算为1463.32万元。决算数大于预算数的主要原因："
                + DemoReport.create().reason("gpb.spend", juesuan.model.Basis.BUDGET) + "。其中：", n.paragraph("p3.5.3.0").text());
        assertEquals("政府性基金预算财政拨款收入50.00万元，支出48.00万元，支出具体情况如下：", n.paragraph("p3.8.1").text());
        String item = n.paragraph("p3.8.2120201").text();
        assertEquals("1、城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）。主要用于：城乡社区公益事业。"
                + "年初预算为50.00万元，支出决算为48.00万元。决算数小于预算数的主要原因：部分项目按进度结转下年。", item);
    }
}
