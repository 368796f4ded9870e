package juesuan.audit;

import static juesuan.audit.AuditFixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every relation of {@code audit.json}: the demo passes, and a fixture that breaks it gives the message word for
 * word. Totals the app computes hold by construction; they are broken "as printed" (a table as published).
 */
class RelationRulesTest {
    private static void none(String rule) {
        assertEquals(List.of(), new AuditFixture().messages(rule), rule + " on the demo");
    }

    @Test
    void t1SummaryTable() {
        for (String r : List.of("T1-1", "T1-2", "T1-3", "T1-4", "T1-5")) {
            none(r);
        }
        assertEquals(List.of("本年收入合计 1463.30 万元 与 一至八项收入之和 1463.32 万元 不相等，相差 0.02 万元（收入支出决算总表）"),
                new AuditFixture().printed("T1/in.total/amount", "1463.30").messages("T1-1"));
        assertEquals(List.of("收入总计 1463.42 万元 与 本年收入合计、使用非财政拨款结余和年初结转和结余之和 1463.32 万元 不相等，相差 0.10 万元（收入支出决算总表）"),
                new AuditFixture().printed("T1/in.grand/amount", "1463.42").messages("T1-2"));
        assertEquals(List.of("本年支出合计 1463.00 万元 与 各类支出之和 1463.32 万元 不相等，相差 0.32 万元（收入支出决算总表）"),
                new AuditFixture().printed("T1/out.total/amount", "1463").messages("T1-3"));
        // 本年支出合计 is the five 类 rows behind it: up to 0.03 万元 is 尾差
        assertEquals(List.of("支出总计 1463.28 万元 与 本年支出合计、结余分配和年末结转和结余之和 1463.32 万元 不相等，相差 0.04 万元（收入支出决算总表）"),
                new AuditFixture().printed("T1/out.grand/amount", "1463.28").messages("T1-4"));
        assertEquals(List.of("收入总计 1463.32 万元 与 支出总计 1463.28 万元 不相等，相差 0.04 万元（收入支出决算总表）"),
                new AuditFixture().printed("T1/out.grand/amount", "1463.28").messages("T1-5"));
        // and as the user makes it happen: an income typed (in 公开02表, whence 01 takes it) without its expenditure
        assertEquals(List.of("收入总计 1473.32 万元 与 支出总计 1463.32 万元 不相等，相差 10.00 万元（收入支出决算总表）"),
                new AuditFixture().change(r -> r.table("T2").set("2010301", "other", wan("10"))).messages("T1-5"));
    }

    @Test
    void rowSumsOfTheFunctionTables() {
        for (String r : List.of("T2-1", "T3-1", "T5-1")) {
            none(r);
        }
        assertEquals(List.of("行政运行（2010301）的本年收入合计 207.00 万元 与 行政运行（2010301）各项收入之和 207.77 万元 不相等，相差 0.77 万元（收入决算表）"),
                new AuditFixture().printed("T2/2010301/total", "207").messages("T2-1"));
        assertEquals(List.of("政务公开审批（2010306）的本年支出合计 1013.00 万元 与 政务公开审批（2010306）各项支出之和 1013.68 万元 不相等，相差 0.68 万元（支出决算表）"),
                new AuditFixture().printed("T3/2010306/total", "1013").messages("T3-1"));
        List<String> t5 = new AuditFixture().printed("T5/2210201/total", "18").messages("T5-1");
        assertEquals(List.of("住房公积金（2210201）的合计 18.00 万元 与 住房公积金（2210201）基本支出与项目支出之和 18.15 万元 不相等，相差 0.15 万元（一般公共预算财政拨款支出决算表）",
                "住房改革支出的合计 18.15 万元 与其下级科目之和 18.00 万元 不相等，相差 0.15 万元（一般公共预算财政拨款支出决算表）"), t5);
    }

    @Test
    void t4FiscalSummary() {
        for (String r : List.of("T4-1", "T4-2", "T4-3", "T4-4")) {
            none(r);
        }
        assertEquals(List.of("本年收入合计 1400.00 万元 与 三项财政拨款收入之和 1463.32 万元 不相等，相差 63.32 万元（财政拨款收入支出决算总表）",
                        "本年收入的合计 1400.00 万元 与 本年收入三项财政拨款之和 1463.32 万元 不相等，相差 63.32 万元（财政拨款收入支出决算总表）"),
                merge(new AuditFixture().printed("T4/in.year/total", "1400"), "T4-1", "T4-2"));
        assertEquals(List.of("收入总计 1463.32 万元 与 支出总计 1473.32 万元 不相等，相差 10.00 万元（财政拨款收入支出决算总表）"),
                new AuditFixture().change(r -> r.table("T4").set("out.carry", "gpb", wan("10"))).messages("T4-3"));
        assertEquals(List.of("一般公共预算财政拨款年末结转和结余 10.00 万元 与 一般公共预算财政拨款年初结转和结余加本年收入减本年支出 0.00 万元 不相等，相差 10.00 万元（财政拨款收入支出决算总表）"),
                new AuditFixture().change(r -> r.table("T4").set("out.carry", "gpb", wan("10"))).messages("T4-4"));
    }

    private static List<String> merge(AuditFixture f, String... rules) {
        List<String> out = new java.util.ArrayList<>();
        for (String r : rules) {
            out.addAll(f.messages(r));
        }
        return out;
    }

    @Test
    void t6BasicExpenditure() {
        none("T6-1");
        none("T6-2");
        assertEquals(List.of("工资福利支出 228.00 万元 与 工资福利支出各款之和 228.73 万元 不相等，相差 0.73 万元（一般公共预算财政拨款基本支出决算表）"),
                new AuditFixture().printed("T6/301/amount", "228").messages("T6-1"));
        assertEquals(List.of("人员经费合计 232.00 万元 与 工资福利支出与对个人和家庭的补助之和 232.10 万元 不相等，相差 0.10 万元（一般公共预算财政拨款基本支出决算表）"),
                new AuditFixture().printed("T6/personnel/amount", "232").messages("T6-2"));
    }

    @Test
    void t7ThreePublicTable() {
        for (String r : List.of("T7-1", "T7-2", "T7-3")) {
            none(r);
        }
        assertEquals(List.of("“三公”经费合计决算数 0.50 万元 与 三项经费决算数之和 0.44 万元 不相等，相差 0.06 万元（“三公”经费支出决算表）"),
                new AuditFixture().printed("T7/total/actual", "0.5").messages("T7-1"));
        assertEquals(List.of("公务用车购置及运行维护费预算数 1.00 万元 与 购置费与运行维护费预算数之和 0.00 万元 不相等，相差 1.00 万元（“三公”经费支出决算表）"),
                new AuditFixture().printed("T7/car/budget", "1").messages("T7-2"));
        assertEquals(List.of("公务接待费预算数 1.30 万元 大于 “三公”经费合计预算数 1.00 万元，超出 0.30 万元（“三公”经费支出决算表）"),
                new AuditFixture().printed("T7/total/budget", "1").messages("T7-3"));
    }

    @Test
    void fundTables() {
        none("T8/9-1");
        assertEquals(List.of("合计的年末结转和结余 5.00 万元 与 合计的年初结转和结余加本年收入减本年支出 8.00 万元 不相等，相差 3.00 万元（政府性基金预算财政拨款收入支出决算表）",
                        "其他支出（229）的年末结转和结余 5.00 万元 与 其他支出（229）的年初结转和结余加本年收入减本年支出 8.00 万元 不相等，相差 3.00 万元（政府性基金预算财政拨款收入支出决算表）",
                        "其他支出（22999）的年末结转和结余 5.00 万元 与 其他支出（22999）的年初结转和结余加本年收入减本年支出 8.00 万元 不相等，相差 3.00 万元（政府性基金预算财政拨款收入支出决算表）",
                        "其他支出（2299999）的年末结转和结余 5.00 万元 与 其他支出（2299999）的年初结转和结余加本年收入减本年支出 8.00 万元 不相等，相差 3.00 万元（政府性基金预算财政拨款收入支出决算表）"),
                new AuditFixture().change(r -> {
                    r.table("T8").set("2299999", "income", wan("10"));
                    r.table("T8").set("2299999", "project", wan("2"));
                    r.table("T8").set("2299999", "carryOut", wan("5"));
                }).messages("T8/9-1"));
    }

    @Test
    void crossTable() {
        for (String r : List.of("X-1", "X-2", "X-3", "X-4", "X-5", "X-6", "X-7", "X-8", "X-9", "X-11", "X-12", "X-13")) {
            none(r);
        }
        // 财政拨款收入 in 公开02表 that 公开04表 does not have: the one income 01 cannot take from 02 alone
        assertEquals(List.of("收支总表的本年收入合计 1463.32 万元 与 收入决算表的合计 1473.32 万元 不相等，相差 10.00 万元（收入支出决算总表与收入决算表）"),
                new AuditFixture().change(r -> r.table("T2").set("2010301", "fiscal", wan("217.77"))).messages("X-1").subList(0, 1));
        // what 01 and 04 take from 02, 03, 05, 08 and 09 follows them: those relations hold whatever is typed there
        assertEquals(List.of(), new AuditFixture().change(r -> r.table("T3").set("2010302", "project", wan("176"))).messages("X-2"));
        assertEquals(List.of(), new AuditFixture().change(r -> r.table("T4").set("in.year", "gpb", wan("1400"))).messages("X-3"));
        assertEquals(List.of(), new AuditFixture().change(r -> r.table("T5").set("2050803", "basic", wan("2.28"))).messages("X-4"));
        assertEquals(List.of("一般公共预算财政拨款基本支出 274.64 万元 与 人员经费合计与公用经费合计之和 275.64 万元 不相等，相差 1.00 万元（一般公共预算财政拨款支出决算表与基本支出决算表）"),
                new AuditFixture().change(r -> r.table("T6").set("30201", "amount", wan("5.26"))).messages("X-5"));
        assertEquals(List.of(), new AuditFixture().change(r -> {
            r.table("T8").set("2299999", "income", wan("3"));
            r.table("T8").set("2299999", "carryOut", wan("3"));
        }).messages("X-6"));
        assertEquals(List.of(), new AuditFixture().change(r -> r.table("T9").set("2230199", "project", wan("2"))).messages("X-7"));
        assertEquals(List.of("一般公共预算财政拨款支出表中行政运行（2010301）的合计 210.00 万元 大于 支出决算表中该科目的本年支出合计 207.77 万元，超出 2.23 万元（一般公共预算财政拨款支出决算表与支出决算表）",
                        "一般公共预算财政拨款支出表中行政运行（2010301）的基本支出 210.00 万元 大于 支出决算表中该科目的基本支出 207.77 万元，超出 2.23 万元（一般公共预算财政拨款支出决算表与支出决算表）"),
                new AuditFixture().change(r -> r.table("T5").set("2010301", "basic", wan("210"))).messages("X-8"));
        assertEquals(List.of("收支总表的年末结转和结余 0.00 万元 小于 财政拨款收支总表的年末财政拨款结转和结余 10.00 万元，相差 10.00 万元（收入支出决算总表与财政拨款收入支出决算总表）"),
                new AuditFixture().change(r -> r.table("T4").set("out.carry", "gpb", wan("10"))).messages("X-9"));
        assertEquals(List.of("机关运行经费 50.00 万元 大于 公用经费合计 42.54 万元，超出 7.46 万元（机关运行经费与基本支出决算表）"),
                new AuditFixture().change(r -> r.setAmount("op.opex", wan("50"))).messages("X-11"));
        assertEquals(List.of("基本支出中的公务接待费 0.50 万元 大于 “三公”经费中的公务接待费决算数 0.44 万元，超出 0.06 万元（基本支出决算表与“三公”经费支出决算表）"),
                new AuditFixture().change(r -> r.table("T6").set("30217", "amount", wan("0.5"))).messages("X-12"));
        // every 三公 item the 基本支出 shows: 因公出国（境）费用 and 公务用车购置 too
        assertEquals(List.of("基本支出中的因公出国（境）费用 1.20 万元 大于 “三公”经费中的因公出国（境）费决算数 0.00 万元，超出 1.20 万元（基本支出决算表与“三公”经费支出决算表）"),
                new AuditFixture().change(r -> r.table("T6").set("30212", "amount", wan("1.2"))).messages("X-12"));
        assertEquals(List.of("基本支出中的公务用车购置 15.00 万元 大于 “三公”经费中的公务用车购置费决算数 0.00 万元，超出 15.00 万元（基本支出决算表与“三公”经费支出决算表）"),
                new AuditFixture().change(r -> r.table("T6").set("31013", "amount", wan("15"))).messages("X-12"));
        assertEquals(List.of("本年年初结转和结余 0.00 万元 与 上年决算的年末结转和结余 12.00 万元 不相等，相差 12.00 万元（收入支出决算总表与上年决算）"),
                new AuditFixture().change(r -> r.setComparison("carry.end", new juesuan.model.Comparison(wan("12"), null, null))).messages("X-13"));
    }

    @Test
    void procurementPerformanceAndReviewerRelations() {
        none("N-11");
        none("N-12");
        assertEquals(List.of("授予小微企业合同金额 300.00 万元 大于 授予中小企业合同金额 264.60 万元，超出 35.40 万元（政府采购）"),
                new AuditFixture().change(r -> r.setAmount("pr.small", wan("300"))).messages("N-11"));
        assertEquals(List.of("绩效自评涉及资金 1200.00 万元 大于 支出决算表的项目支出合计 1188.68 万元，超出 11.32 万元（预算绩效与支出决算表）"),
                new AuditFixture().change(r -> r.setAmount("pf.funds", wan("1200"))).messages("N-12"));
        none("R-1");
        assertEquals(List.of("“三公”经费支出决算表中公务接待费的预算数 1.30 万元 与 情况说明所比较的公务接待费年初预算数 1.00 万元 不相等，相差 0.30 万元（“三公”经费支出决算表与比较数）"),
                new AuditFixture().change(r -> r.setComparison("tp.reception", new juesuan.model.Comparison(wan("0.68105"), wan("1.00"), null)))
                        .messages("R-1"), "a 三公 年初预算 typed in the comparisons, 1.00, against 1.30 in the table");
        assertEquals(List.of(), new AuditFixture().change(r -> r.setComparison("tp.total",
                new juesuan.model.Comparison(wan("0.68105"), wan("1.302"), null))).messages("R-1"));
        none("R-2");
        assertEquals(List.of("培训费支出 1.00 万元 小于 基本支出中的培训费 1.28 万元，相差 0.28 万元（运行经费与基本支出决算表）"),
                new AuditFixture().change(r -> r.setAmount("op.training", wan("1"))).messages("R-2"));
    }

    @Test
    void messagesSayFiguresAsPrintedUnlessTheDifferenceIsBelowACent() {
        java.util.function.Function<String, java.math.BigDecimal> wan = v -> juesuan.model.Money.wanToYuan(new java.math.BigDecimal(v));
        assertEquals(List.of("1.30", "1.00", "0.30"), List.of(AuditContext.wanCompared(wan.apply("1.302"), wan.apply("1.0016"))));
        // 0.002 万元 apart: at two decimals both would read 1.00 and the difference 0.00, so every decimal is shown
        assertEquals(List.of("1.002", "1.00", "0.002"), List.of(AuditContext.wanCompared(wan.apply("1.002"), wan.apply("1"))));
    }
}
