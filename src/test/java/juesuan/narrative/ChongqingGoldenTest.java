package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import juesuan.exchange.DemoReport;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** The demo unit's Chongqing text states every figure of the sample disclosure, in the sample's sentences. */
class ChongqingGoldenTest {
    private final Narrative n = NarrativeGenerator.generate(DemoReport.create(), TemplateLoader.load(2023),
            Profiles.get("chongqing"));

    private String p(String key) {
        return n.paragraph(key).text();
    }

    private void has(String key, String... fragments) {
        String text = p(key);
        for (String f : fragments) {
            assertTrue(text.contains(f), () -> "paragraph " + key + " lacks «" + f + "»: " + text);
        }
    }

    @Test
    void sectionsInTheSamplesOrder() {
        assertEquals(List.of("一、单位基本情况", "（一）职能职责", "（二）单位构成", "二、部门决算情况", "（一）部门收支总体情况",
                "（二）财政拨款收支总体情况", "（三）一般公共预算财政拨款收支总体情况", "（四）一般公共预算财政拨款基本支出情况",
                "（五）政府性基金预算收支决算情况", "（六）国有资本经营预算财政拨款支出决算情况", "三、“三公”经费情况",
                "（一）“三公”经费支出总体情况", "（二）“三公”经费分项支出情况", "（三）“三公”经费实物量情况",
                "四、其他需要说明的事项", "（一）机关运行经费情况", "（二）国有资产占用情况说明", "（三）政府采购支出说明",
                "五、预算绩效管理情况", "（一）预算绩效管理工作开展情况", "（二）绩效自评结果", "1.绩效目标自评表",
                "2.绩效自评报告或案例", "3.关于绩效自评结果的说明", "（三）重点绩效评价结果", "六、专业名词解释",
                "七、决算公开联系方式及信息反馈渠道"),
                n.headings().stream().map(Paragraph::text).toList());
    }

    @Test
    void totalsAndTheirChanges() {
        has("2.1.1", "2023年度收入总计1463.32万元，支出总计1463.32万元。收支较上年决算数增加350.10万元，增长31.45%，主要原因是");
        has("2.1.2", "2023年度收入合计1463.32万元，较上年决算数增加363.70万元，增长33.08%，主要原因是",
                "其中：财政拨款收入1463.32万元，占100.00%；事业收入0.00万元，占0.00%；经营收入0.00万元，占0.00%；其他收入0.00万元，占0.00%。",
                "此外，使用非财政拨款结余和专用结余0.00万元，年初结转和结余0.00万元。");
        has("2.1.3", "2023年度支出合计1463.32万元，较上年决算数增加350.10万元，增长31.45%，主要原因是",
                "其中：基本支出274.64万元，占18.77%；项目支出1188.68万元，占81.23%；经营支出0.00万元，占0.00%。此外，结余分配0.00万元。");
        has("2.1.4", "2023年度年末结转和结余0.00万元，较上年决算数无增减");
        has("2.2.1", "2023年度财政拨款收、支总计1463.32万元。与2022年相比，财政拨款收、支总计各增加350.10万元，增长31.45%。主要原因是");
    }

    @Test
    void generalPublicBudgetAgainstLastYearAndTheBudget() {
        has("2.3.1", "2023年度一般公共预算财政拨款收入1463.32万元，较上年决算数增加363.70万元，增长33.08%。主要原因是",
                "较年初预算数增加78.02万元，增长5.63%。主要原因是", "此外，年初财政拨款结转和结余0.00万元。");
        has("2.3.2", "2023年度一般公共预算财政拨款支出1463.32万元，较上年决算数增加350.10万元，增长31.45%。",
                "较年初预算数增加78.02万元，增长5.63%。");
        has("2.3.3", "年末一般公共预算财政拨款结转和结余0.00万元，较上年决算数无增减。主要原因是");
        has("2.3.4", "本部门2023年度一般公共预算财政拨款支出主要用于以下几个方面：");
        has("2.3.4.201", "（1）一般公共服务支出1396.45万元，占95.43%，较年初预算数增加77.11万元，增长5.84%，主要原因是");
        has("2.3.4.205", "（2）教育支出1.28万元，占0.09%，较年初预算数无增减，主要原因是");
        has("2.3.4.208", "（3）社会保障和就业支出35.51万元，占2.43%，较年初预算数增加0.91万元，增长2.63%，主要原因是");
        has("2.3.4.210", "（4）卫生健康支出11.93万元，占0.82%，较年初预算数无增减");
        has("2.3.4.221", "（5）住房保障支出18.15万元，占1.24%，较年初预算数无增减");
    }

    @Test
    void basicExpenditure() {
        has("2.4.1", "基本支出274.64万元。其中：人员经费232.10万元，较上年决算数增加69.24万元，增长42.52%，主要原因是",
                "人员经费用途主要包括基本工资、津贴补贴、奖金、",
                "公用经费42.54万元，较上年决算数增加12.05万元，增长39.52%，主要原因是", "公用经费用途主要包括办公费、");
        has("2.5.1", "本部门2023年度无政府性基金预算财政拨款收支。");
        has("2.6.1", "本部门2023年度无国有资本经营预算财政拨款支出。");
    }

    @Test
    void threePublicExpenses() {
        // the published text compared the total with a 年初预算 of 1.00 万元 while its one item's was 1.30 万元 (a total
        // change that is not the sum of the items' changes); the demo's total follows 公开07表's 预算数
        has("3.1.1", "2023年度“三公”经费支出共计0.44万元，较年初预算数减少0.86万元，下降66.15%，主要原因是",
                "较上年支出数减少0.24万元，下降35.29%，主要原因是");
        has("3.2.reception", "公务接待费0.44万元，主要用于", "费用支出较年初预算数减少0.86万元，下降66.15%，主要原因是",
                "较上年支出数减少0.24万元，下降35.29%，主要原因是");
        has("3.2.trip", "因公出国（境）费用0.00万元。费用支出与年初预算数持平；与上年支出数持平，无因公出国（境）计划。");
        has("3.3.1", "国内公务接待3批次52人", "2023年本部门人均接待费84.75元", "公务用车购置0辆，公务车保有量为0辆");
    }

    @Test
    void otherMatters() {
        has("4.1.1", "机关运行经费支出42.54万元，较上年支出数增加12.05万元，增长39.52%，主要原因是",
                "比年初预算数减少4.71万元，下降9.97%，主要原因是");
        has("4.1.2", "本年度会议费支出0.84万元，较上年决算数减少1.54万元，下降64.71%，主要原因是");
        has("4.1.3", "本年度培训费支出20.11万元，较上年决算数增加5.63万元，增长38.88%，主要原因是");
        has("4.2.1", "截至2023年12月31日，本部门共有车辆0辆", "单价100万元（含）以上专用设备0台（套）。");
        has("4.3.1", "政府采购支出总额1111.07万元", "政府采购服务支出1111.07万元",
                "授予中小企业合同金额264.60万元，占政府采购支出总额的23.81%",
                "其中：授予小微企业合同金额122.00万元，占政府采购支出总额的10.98%");
    }

    @Test
    void performance() {
        has("5.1.1", "对13个项目开展了绩效自评，其中，以填报目标自评表形式开展自评13项，涉及资金1188.68万元。");
        has("5.2.1.1.head", "滨江商务大厦（新政务大厅）物业管理费", "自评总分100.00分");
        has("5.2.1.1.funds", "执行率100%，执行率权重10分，执行率得分10分");
        has("5.2.1.1.indicator.2", "物业管理事故率", "偏离度20%", "指标得分25分");
        has("5.2.1.1.indicator.3", "保障正常办公率", "偏离度5.56%");
        has("5.2.1.1.indicator.5", "购买服务单价", "偏离度15.83%");
    }

    @Test
    void glossaryAndContacts() {
        has("6.1", "（一）财政拨款收入：");
        has("6.17", "（十七）其他资本性支出（支出经济分类科目类级）：");
        has("7.2", "联系人：苏杨", "联系电话：023-81222208。");
    }

    @Test
    void everyReasonOfTheDemoIsFilledAndNoResidueRemains() {
        assertEquals(List.of(), n.missingReasons());
        String text = n.text();
        for (String residue : new String[] {"增加（减少）", "增长（下降）", "XX", "××", "（主要原因待填写）", "null", "${"}) {
            assertFalse(text.contains(residue), residue);
        }
    }

    @Test
    void figuresKnowWhereTheyComeFrom() {
        Span total = n.paragraph("2.1.1").spans().stream().filter(s -> "1463.32".equals(s.text())).findFirst().orElseThrow();
        assertEquals("T1/in.grand/amount", total.source());
        Span reception = n.paragraph("3.3.1").spans().stream().filter(s -> "84.75".equals(s.text())).findFirst().orElseThrow();
        assertEquals("T7/reception/actual", reception.source());
    }
}
