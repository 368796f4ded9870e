package juesuan.audit;

import static juesuan.audit.AuditFixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import juesuan.model.Indicator;
import juesuan.model.TextOverride;
import org.junit.jupiter.api.Test;

/** Every rule that is not a sum: the demo passes, a fixture that breaks it gives the message word for word. */
class CodedRulesTest {
    private static void none(String rule) {
        assertEquals(List.of(), new AuditFixture().messages(rule), rule + " on the demo");
    }

    @Test
    void nonNegative() {
        none("T1-6");
        assertEquals(List.of("使用非财政拨款结余和专用结余 · 决算数 为负数 -1.00 万元，本表的收支数不能为负（收入支出决算总表）"),
                new AuditFixture().change(r -> r.table("T1").set("in.surplusUse", "amount", wan("-1"))).messages("T1-6").subList(0, 1));
    }

    @Test
    void hierarchyOfTheFunctionTables() {
        none("T2-2");
        none("T3-2");
        assertEquals(List.of("一般公共服务支出的基本支出 207.77 万元 与其下级科目之和 200.00 万元 不相等，相差 7.77 万元（支出决算表）",
                        "政府办公厅（室）及相关机构事务的基本支出 200.00 万元 与其下级科目之和 207.77 万元 不相等，相差 7.77 万元（支出决算表）"),
                new AuditFixture().printed("T3/20103/basic", "200").messages("T3-2"));
        assertEquals(List.of("合计的财政拨款收入 1400.00 万元 与其下级科目之和 1463.32 万元 不相等，相差 63.32 万元（收入决算表）"),
                new AuditFixture().printed("T2/total/fiscal", "1400").messages("T2-2"));
    }

    @Test
    void fundTablesWithoutDataSaySoInTheText() {
        none("T8/9-2");
        assertEquals(List.of("政府性基金预算财政拨款收入支出决算表没有数据，情况说明中应写明“无政府性基金预算……”"),
                new AuditFixture().change(r -> r.setOverride("2.5.1", new TextOverride("本部门有少量基金收支。", "x"))).messages("T8/9-2"));
        assertEquals(List.of("国有资本经营预算财政拨款收入支出决算表有数据，情况说明却写着“无国有资本经营预算……”"),
                new AuditFixture().change(r -> {
                    r.table("T9").set("2230199", "income", wan("1"));
                    r.setOverride("2.6.1", new TextOverride("本部门2023年度无国有资本经营预算财政拨款支出。", "x"));
                }).messages("T8/9-2"));
    }

    @Test
    void nonFiscalSurplusNeedsOwnIncome() {
        none("X-10");
        assertEquals(List.of("使用非财政拨款结余 5.00 万元，但本年没有事业、经营等非财政拨款收入，请核实（收入支出决算总表）"),
                new AuditFixture().change(r -> r.table("T1").set("in.surplusUse", "amount", wan("5"))).messages("X-10"));
    }

    @Test
    void administrativeUnitsSpendTheirPublicFundsAsOperatingCosts() {
        none("X-11");
        assertEquals(List.of("行政单位（含参照公务员法管理的事业单位）的机关运行经费 40.00 万元 一般等于公用经费合计 42.54 万元，现少 2.54 万元，请核实或写明出错说明"),
                new AuditFixture().change(r -> r.setAmount("op.opex", wan("40"))).messages("X-11"));
        assertEquals(List.of(), new AuditFixture().change(r -> {
            r.setAmount("op.opex", wan("40"));
            r.unit().setUnitType("事业单位");
        }).messages("X-11"));
    }

    @Test
    void rewrittenBasicExpenditureParagraph() {
        none("X-14");
        assertEquals(List.of("情况说明“二、部门决算情况（四）”中改写的段落应写明基本支出 274.64 万元，其中人员经费 232.10 万元、公用经费 42.54 万元"),
                new AuditFixture().change(r -> r.setOverride("2.4.1", new TextOverride(
                        "2023年度一般公共预算财政拨款基本支出274.64万元。其中：人员经费232.10万元，公用经费40.00万元。",
                        juesuan.narrative.NarrativeGenerator.generate(r, juesuan.template.TemplateLoader.load(2023),
                                juesuan.narrative.Profiles.get("chongqing")).paragraph("2.4.1").generated()))).messages("X-14"));
    }

    @Test
    void rewrittenParagraphsAgainstTheTables() {
        none("N-1");
        none("N-3");
        none("N-7");
        AuditFixture f = new AuditFixture();
        String generated = juesuan.narrative.NarrativeGenerator.generate(f.report, juesuan.template.TemplateLoader.load(2023),
                juesuan.narrative.Profiles.get("chongqing")).paragraph("4.1.2").generated();
        f.change(r -> r.setOverride("4.1.2", new TextOverride("本年度会议费支出0.85万元，较上年增加，会议精简，共0.84元。", generated)));
        assertEquals(List.of("情况说明“四、其他需要说明的事项（一）”中改写的段落写会议费支出 0.85万元，但表中会议费支出为 0.84万元"), f.messages("N-1"));
        assertEquals(List.of("情况说明“四、其他需要说明的事项（一）”中改写的段落，增减方向与数据不符，数据为“减少”"), f.messages("N-3"));
        assertEquals(List.of("情况说明“四、其他需要说明的事项（一）”中改写的段落把 0.84 万元写成了“0.84元”，漏写了“万”字"), f.messages("N-7"));
        AuditFixture stale = new AuditFixture().change(r -> r.setOverride("4.1.2", new TextOverride("本年度会议费支出0.84万元。", "旧的文字")));
        assertEquals(List.of("情况说明“四、其他需要说明的事项（一）”中改写的段落写成后，所依据的数字已经变化，请核对"), stale.messages("N-1"));
    }

    @Test
    void sharesAddUpToAHundred() {
        none("N-2");
        // three equal thirds print as 33.33% each: 99.99%, within 0.02; seven equal sevenths print 14.29% × 7 = 100.03%
        AuditFixture f = new AuditFixture().change(r -> {
            var t5 = r.table("T5");
            for (String code : List.copyOf(t5.rows())) {
                t5.removeRow(code);
            }
            String[] codes = {"2010301", "2050803", "2080505", "2101101", "2210201", "2120101", "2200150"};
            for (String c : codes) {
                t5.set(c, "basic", wan("1"));
            }
        });
        assertEquals(List.of("一般公共预算财政拨款支出的各类构成中各项占比四舍五入后之和为 100.03%，与 100% 相差超过 0.02 个百分点，可在文字中说明尾差"),
                f.messages("N-2"));
    }

    @Test
    void everyComparisonHasItsBase() {
        none("N-4");
        none("R-3");
        assertEquals(List.of("机关运行经费本年 42.54 万元，还没有填年初预算数（或全年预算数）：情况说明要与预算比较，请填写预算数（确实没有预算的填 0），再写变动的主要原因（比较数与原因）"),
                new AuditFixture().change(r -> r.setComparison("op.opex", new Comparison(wan("30.49"), null, null))).messages("N-4"));
        assertEquals(List.of("会议费本年 0.84 万元，还没有填上年决算数：情况说明要与上年比较，请填写上年决算数（上年确实没有的填 0），再写变动的主要原因（比较数与原因）"),
                new AuditFixture().change(r -> r.setComparison("op.meeting", Comparison.EMPTY)).messages("R-3"));
    }

    @Test
    void reasons() {
        assertEquals(List.of("同一段主要原因在 2 处逐字重复（“年中追加政务大厅日常运转经费53万元、新……”），请按各处的实际情况分别说明或确认无误"),
                new AuditFixture().messages("N-5"), "the demo's one repeated reason, as in the sample");
        assertEquals(List.of("会议费较上年有变动，缺少主要原因（比较数与原因）"),
                new AuditFixture().change(r -> {
                    r.setReason("op.meeting", Basis.PRIOR, "");
                    r.setReason("gpb.spend", Basis.BUDGET, "年中追加各项经费");
                }).messages("N-5"));
        assertEquals(List.of(), new AuditFixture().change(r -> r.setReason("gpb.spend", Basis.BUDGET, "年中追加各项经费")).messages("N-5"));
    }

    @Test
    void noTemplateResidue() {
        none("N-6");
        assertEquals(List.of("情况说明“四、其他需要说明的事项（一）”中“本年度会议费支出0.84万元，较上年决算数增加（减少）XX万元”含有模板残留“增加（减少）”",
                        "情况说明“四、其他需要说明的事项（一）”中“本年度会议费支出0.84万元，较上年决算数增加（减少）XX万元”含有模板残留“XX”"),
                new AuditFixture().change(r -> r.setOverride("4.1.2", new TextOverride("本年度会议费支出0.84万元，较上年决算数增加（减少）XX万元。", "x")))
                        .messages("N-6"));
        assertEquals(List.of("情况说明“四、其他需要说明的事项（一）”中“本年度会议费支出0.84万元，较上年决算数减少减少1.54万元”有重复用词“减少减少”"),
                new AuditFixture().change(r -> r.setOverride("4.1.2", new TextOverride("本年度会议费支出0.84万元，较上年决算数减少减少1.54万元。", "x")))
                        .messages("N-6"));
    }

    @Test
    void codesComeFromTheYearsCatalog() {
        none("N-8");
        assertEquals(List.of("科目编码 2019998 不在 2023 年支出功能分类中（支出决算表）：请改用本年度的科目，或在“添加科目”中用“新增科目”补上它的名称"),
                new AuditFixture().change(r -> r.table("T3").set("2019998", "basic", wan("1"))).messages("N-8"));
        assertEquals(List.of("科目 20103 政府办公厅（室）及相关机构事务 下还有明细科目，数字应填在项级科目上（支出决算表）"),
                new AuditFixture().change(r -> r.table("T3").addRow("20103")).messages("N-8"));
    }

    @Test
    void oneUnitNameThroughout() {
        none("N-9");
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的项目主管部门“106-另一个单位”与单位名称“重庆市江津区政务服务管理办公室（本级）”不一致（预算绩效）"),
                new AuditFixture().change(r -> r.projects().get(0).setDepartment("106-另一个单位")).messages("N-9"));
        assertEquals(List.of("单位全称不能为空"), new AuditFixture().change(r -> r.unit().setName(" ")).messages("N-9"));
        // forms that name the same other 主管部门 (a 汇总 lists every member's projects): one note, not one per form
        assertEquals(List.of("3 张绩效自评表（“滨江商务大厦（新政务大厅）物业管理费”等）的项目主管部门“106-另一个单位”与单位名称“重庆市江津区政务服务管理办公室（本级）”不一致（预算绩效）"),
                new AuditFixture().change(r -> {
                    r.projects().get(0).setDepartment("106-另一个单位");
                    for (int i = 0; i < 2; i++) {
                        var p = r.projects().get(0).copy();
                        p.setName(p.getName() + i);
                        r.projects().add(p);
                    }
                }).messages("N-9"));
    }

    @Test
    void threePublicQuantities() {
        none("N-10");
        assertEquals(List.of("公务接待费 0.44 万元，但国内公务接待人次为 0，无法说明实物量（三公实物量）"),
                new AuditFixture().change(r -> r.setCount("tp.rec.domestic.people", 0L)).messages("N-10"));
        assertEquals(List.of("本年购置公务用车 1 辆，但公务用车购置费为 0，请核实（三公实物量）"),
                new AuditFixture().change(r -> r.setCount("tp.car.bought", 1L)).messages("N-10"));
    }

    @Test
    void performanceOverviewAndForms() {
        none("N-12");
        assertEquals(List.of("以填报目标自评表形式自评的项目 14 项，多于开展绩效自评的项目 13 个（预算绩效）"),
                new AuditFixture().change(r -> r.setCount("pf.formProjects", 14L)).messages("N-12"));
        assertEquals(List.of("已公开自评表的项目全年执行数合计 292.80 万元，多于绩效自评涉及资金 200.00 万元（预算绩效）"),
                new AuditFixture().change(r -> r.setAmount("pf.funds", wan("200"))).messages("N-12"));
        for (String j : List.of("J-1", "J-2", "J-3", "J-4", "J-5")) {
            none(j);
        }
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的权重合计为 95 分，应为 100 分（执行率 10 分，绩效指标 90 分）"),
                new AuditFixture().change(r -> {
                    var p = r.projects().get(0);
                    var list = new java.util.ArrayList<>(p.getIndicators());
                    list.set(4, list.get(4).withWeight(new BigDecimal("5")));
                    p.setIndicators(list);
                }).messages("J-1"));
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的指标“服务质量达标率”得分 30.00 分，超过其权重 25 分"),
                new AuditFixture().change(r -> setIndicator(r, 0, r.projects().get(0).getIndicators().get(0)
                        .withScoreCoefficient(new BigDecimal("120")))).messages("J-2"));
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的执行率为 102.46%，超过 100%，请核实全年执行数和全年（调整）预算数"),
                new AuditFixture().change(r -> r.projects().get(0).setFiscalExecuted(wan("300"))).messages("J-3"));
        AuditFixture unmet = new AuditFixture().change(r -> setIndicator(r, 3,
                r.projects().get(0).getIndicators().get(3).withActualValue(new BigDecimal("85"))));
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的指标“服务对象满意度”未达到指标值，却按满分计分，请核实得分系数"),
                unmet.messages("J-4"));
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的指标“服务对象满意度”未达到指标值，请在说明栏写明偏差原因"),
                unmet.messages("J-5"));
        // a project carried from last year, its values not filled in yet: what is missing, not "未达到"
        assertEquals(List.of("绩效自评表“滨江商务大厦（新政务大厅）物业管理费”的指标“服务对象满意度”还没有填写实际完成值"),
                new AuditFixture().change(r -> setIndicator(r, 3, r.projects().get(0).getIndicators().get(3)
                        .withActualValue(null))).messages("J-5"));
    }

    private static void setIndicator(juesuan.model.Report r, int i, Indicator ind) {
        var p = r.projects().get(0);
        var list = new java.util.ArrayList<>(p.getIndicators());
        list.set(i, ind);
        p.setIndicators(list);
    }

    @Test
    void everyCharacterIsInTheBundledFonts() {
        none("P-1");
        // extension B and the other bundled rare-character ranges print (RareCharactersTest); extension G has no font
        assertEquals(List.of(), new AuditFixture().change(r -> r.setText("pr.usage", "𠀾江服务")).messages("P-1"));
        String extG = new String(Character.toChars(0x30000));
        assertEquals(List.of("情况说明中有打印字库没有的字“" + extG + "”，打印时会显示为空框，请改用常用字"),
                new AuditFixture().change(r -> r.setText("pr.usage", extG + "江服务")).messages("P-1"));
        // a character nobody sees is named by its code
        assertEquals(List.of("情况说明中有打印字库没有的字“（看不见的字符 U+2028，多为从网页或 Word 粘贴带来的特殊空格，请删去后重新输入空格）”，打印时会显示为空框，请改用常用字"),
                new AuditFixture().change(r -> r.setText("pr.usage", "江\u2028服务")).messages("P-1"));
    }

    @Test
    void vehiclesHeldAreAmongTheAssets() {
        none("N-13");
        assertEquals(List.of("“三公”经费中的公务用车保有量 2 辆，多于国有资产中的车辆总数 1 辆（资产与采购）"),
                new AuditFixture().change(r -> {
                    r.setCount("tp.car.held", 2L);
                    r.setCount("as.car.head", 1L);
                }).messages("N-13"));
    }

    @Test
    void theDemoAuditsWithOnlyTheSamplesOwnHints() {
        AuditResult result = new AuditFixture().result();
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("N-5"), result.hints().stream().map(Finding::ruleId).toList());
        juesuan.model.Report r = new AuditFixture().report;
        assertTrue(!result.canFinalize(r));
        for (Finding h : result.hints()) {
            r.setExplanation(h.key(), "已核对");
        }
        assertTrue(result.canFinalize(r));
    }
}
