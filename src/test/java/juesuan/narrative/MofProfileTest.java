package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import juesuan.exchange.DemoReport;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** The Ministry-of-Finance style profile (Shanghai 2024 template) written for the demo unit. */
class MofProfileTest {
    private final Narrative n = NarrativeGenerator.generate(DemoReport.create(), TemplateLoader.load(2023), Profiles.get("mof"));

    @Test
    void partsAndSectionsOfTheTemplate() {
        List<String> top = n.headings().stream().filter(p -> p.level() <= 2).map(Paragraph::text).toList();
        assertEquals(List.of("第一部分 重庆市江津区政务服务管理办公室（本级）概况", "一、主要职能", "二、机构设置",
                "第二部分 重庆市江津区政务服务管理办公室（本级）2023年度部门决算表", "第三部分 重庆市江津区政务服务管理办公室（本级）2023年度部门决算情况说明",
                "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
                "五、一般公共预算财政拨款支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明",
                "七、财政拨款“三公”经费支出决算情况说明", "八、政府性基金预算财政拨款收入支出决算情况说明",
                "九、国有资本经营预算财政拨款收入支出决算情况说明", "十、预算绩效管理情况", "十一、其他重要事项的情况说明",
                "第四部分 名词解释"), top, "the template's parts only: no 联系方式 section; a 本级's own report has 机构设置");
        assertEquals("重庆市江津区政务服务管理办公室（本级）内设综合科、政务服务管理科（重庆市江津区行政审批制度改革办公室）、效能监察科共3个机构。"
                + "本决算为重庆市江津区政务服务管理办公室（本级）的决算，不含下属单位重庆市江津区行政服务中心、重庆市江津区电子政务服务中心。",
                n.paragraph("p1.2.1").text());
    }

    @Test
    void aDepartmentListsItsUnitsAsATable() {
        Narrative d = NarrativeGenerator.generate(MofShapes.department(), TemplateLoader.load(2023), Profiles.get("mof"));
        assertEquals("二、部门决算单位构成", d.paragraph("p1.2").text());
        assertEquals("纳入测试局2023年度部门决算编制范围的单位包括：", d.paragraph("p1.2.2").text());
        List<List<String>> table = d.paragraphs().stream().filter(Paragraph::tableRow).map(p -> p.row().cells()).toList();
        assertEquals(List.of(List.of("序号", "单位名称", "备注"), List.of("1", "测试局（本级）", ""), List.of("2", "测试局下属事业单位甲", ""),
                List.of("3", "测试局下属事业单位乙", "")), table);
        assertTrue(d.paragraphs().stream().filter(Paragraph::tableRow).findFirst().orElseThrow().row().header());
        // a department entered by hand (no 汇总) whose list does not name its 本级: the department itself is its 本级
        juesuan.model.Report hand = DemoReport.create();
        hand.unit().setName("重庆市江津区政务服务管理办公室");
        Narrative h = NarrativeGenerator.generate(hand, TemplateLoader.load(2023), Profiles.get("mof"));
        assertEquals(List.of("1", "重庆市江津区政务服务管理办公室（本级）", ""), h.paragraphs().stream().filter(Paragraph::tableRow)
                .skip(1).findFirst().orElseThrow().row().cells());
    }

    @Test
    void sampleSentences() {
        assertEquals("重庆市江津区政务服务管理办公室（本级）2023年度收入支出总计1463.32万元。与2022年度相比，收入支出总计增加350.10万元，"
                + "增长31.45%。主要原因：" + DemoReport.create().reason("total.grand", juesuan.model.Basis.PRIOR) + "。",
                n.paragraph("p3.1.1").text());
        assertEquals("本年收入合计1463.32万元，其中：财政拨款收入1463.32万元，占100.00%。", n.paragraph("p3.2.1").text(),
                "items that do not apply are left out");
        assertTrue(n.paragraph("p3.5.3.0").text().startsWith(
                "一般公共预算财政拨款支出年初预算为1385.30万元，支出决算为1463.32万元，完成年初预算的105.63%。决算数大于预算数的主要原因："));
        assertEquals("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为200.66万元，支出决算为207.77万元，"
                + "完成年初预算的103.54%。决算数大于预算数的主要原因：职工职级晋升，追加人员经费。", n.paragraph("p3.5.3.2010301").text());
        assertEquals("4、教育支出（类）进修及培训（款）培训支出（项）。年初预算为1.28万元，支出决算为1.28万元，完成年初预算的100.00%。预决算持平。",
                n.paragraph("p3.5.3.2050803").text());
        assertTrue(n.paragraph("p3.7.1.2").text().contains("公务接待费支出决算减少0.24万元，下降35.29%"));
        assertEquals("重庆市江津区政务服务管理办公室（本级）2023年度无政府性基金预算财政拨款收入和支出。", n.paragraph("p3.8.1").text());
        assertTrue(n.paragraph("p3.11.1.1").text().startsWith("机关运行经费支出42.54万元，比2022年度增加12.05万元，增长39.52%。主要原因是"));
        assertFalse(n.paragraph("p3.10.1").text().contains("平均得分"), "one 自评表 of 13 projects gives no average of them");
        assertEquals(List.of(), n.missingReasons());
    }
}
