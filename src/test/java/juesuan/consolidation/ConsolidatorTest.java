package juesuan.consolidation;

import static juesuan.consolidation.Members.X;
import static juesuan.consolidation.Members.Y;
import static juesuan.consolidation.Members.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.failure.UserFailure;
import juesuan.model.Consolidation;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

class ConsolidatorTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 1, 9, 30);
    private static final BigDecimal DEMO_INCOME = figures(DemoReport.create()).value(juesuan.model.FigureRef.parse("T1/in.total/amount"));
    private static final BigDecimal DEMO_SPEND = figures(DemoReport.create()).value(juesuan.model.FigureRef.parse("T1/out.total/amount"));

    private static ReportFigures figures(Report r) {
        return new ReportFigures(r, TemplateLoader.forReport(r));
    }

    /** A department's report as 新建 makes it, with what the department writes itself (its duties and contacts). */
    private static Report department() {
        Report r = juesuan.exchange.DemoReport.blank(Consolidator.departmentUnit("HZ901", Members.DEPARTMENT), 2023);
        r.unit().setDuties(List.of("负责本系统的测试工作。"));
        r.unit().setContactPerson("王会计");
        r.unit().setContactPhone("023-12345678");
        return r;
    }

    private static List<Consolidator.Member> members(Report a, Report b, Report c) {
        return List.of(new Consolidator.Member(a, 3, ""), new Consolidator.Member(b, 5, a.unit().getCode()),
                new Consolidator.Member(c, 7, a.unit().getCode()));
    }

    @Test
    void threeUnitsAddUpByHandWithTheInternalFlowsTakenOut() {
        Report a = Members.self("50000");
        Report b = Members.subsidised();
        Report c = Members.remitting();
        Consolidator.Result result = Consolidator.consolidate(department(), members(a, b, c), Optional.empty(), AT);
        Report d = result.report();
        ReportFigures f = figures(d);

        // 补助 A→B at X (10万) and 上缴 C→A at Y (5万) are gone from both sides
        assertNull(d.table("T3").get(X, "subsidy"));
        assertNull(d.table("T2").get(X, "superior"));
        assertNull(d.table("T3").get(Y, "remit"));
        assertNull(d.table("T2").get(Y, "affiliated"));
        // 其他收入: A's 5万 at X and C's 5万 at Y stay
        assertEquals(yuan("50000"), d.table("T2").get(X, "other"));
        assertEquals(yuan("50000"), d.table("T2").get(Y, "other"));
        // 基本支出 at X: three times the demo's 207.77万 plus B's 10万
        assertEquals(yuan("6333100"), d.table("T3").get(X, "basic"));
        // 财政拨款 (公开04/05表) is not an internal flow: three times the demo
        assertEquals(yuan("2077700").multiply(BigDecimal.valueOf(3)), d.table("T2").get(X, "fiscal"));
        // 本年收入合计: 3 × demo + A 5万 其他 + 5万 附属上缴 + B 10万 上级补助 + C 5万 其他, less 10万 and 5万 taken out
        BigDecimal income = DEMO_INCOME.multiply(BigDecimal.valueOf(3)).add(yuan("100000"));
        assertEquals(income, f.value(juesuan.model.FigureRef.parse("T1/in.total/amount")));
        assertEquals(DEMO_SPEND.multiply(BigDecimal.valueOf(3)).add(yuan("100000")), f.value(juesuan.model.FigureRef.parse("T1/out.total/amount")));
        assertEquals(Money0(), f.value(juesuan.model.FigureRef.parse("T1/in.superior/amount")));
        assertEquals(Money0(), f.value(juesuan.model.FigureRef.parse("T1/in.affiliated/amount")));

        // the named figures and the comparisons' budgets are summed; projects listed with their units
        assertEquals(yuan("425400").multiply(BigDecimal.valueOf(3)), d.amount("op.opex"));
        assertEquals(3 * DemoReport.create().count("tp.rec.domestic.batches"), d.count("tp.rec.domestic.batches"));
        assertEquals(3 * DemoReport.create().projects().size(), d.projects().size());
        assertEquals(a.unit().getName(), d.projects().getFirst().getImplementingUnit());
        assertEquals(c.unit().getName(), d.projects().getLast().getImplementingUnit());
        var demoTp = DemoReport.create().comparison("tp.reception");
        assertEquals(demoTp.initialBudget().multiply(BigDecimal.valueOf(3)), d.comparison("tp.reception").initialBudget());
        assertEquals(List.of(a.unit().getName(), b.unit().getName(), c.unit().getName()), d.unit().getSubunits());

        // the eliminations listed, each matched
        Consolidation rec = d.consolidation();
        assertEquals(List.of(new Consolidation.Elimination("remit", Y, yuan("50000"), yuan("50000"), yuan("50000")),
                new Consolidation.Elimination("subsidy", X, yuan("100000"), yuan("100000"), yuan("100000"))), rec.eliminations());
        assertEquals(List.of("901001", "901002", "901003"), rec.members().stream().map(Consolidation.Member::code).toList());
        assertEquals(List.of(3L, 5L, 7L), rec.members().stream().map(Consolidation.Member::revision).toList());
        assertTrue(result.notices().isEmpty());

        // it passes 审核 as a unit's report does, once the department has written its own 主要原因 (reasons are not summed)
        AuditResult before = Auditor.audit(d, f);
        assertEquals(List.of("N-5"), before.errors().stream().map(x -> x.ruleId()).distinct().toList());
        for (String key : d.comparisons().keySet()) {
            for (juesuan.model.Basis basis : juesuan.model.Basis.values()) {
                d.setReason(key, basis, "部门汇总后写的原因");
            }
        }
        AuditResult audit = Auditor.audit(d, figures(d));
        assertEquals(List.of(), audit.errors().stream().map(x -> x.ruleId() + " " + x.message()).toList());
    }

    private static BigDecimal Money0() {
        return juesuan.model.Money.zero();
    }

    @Test
    void sidesThatDisagreeAreTakenOutByTheSmallerAndTold() {
        Report a = Members.self("30000"); // A books only 3万 of C's 5万
        Report d = Consolidator.consolidate(department(), members(a, Members.subsidised(), Members.remitting()), Optional.empty(), AT)
                .report();
        assertEquals(yuan("20000"), d.table("T3").get(Y, "remit"));
        assertNull(d.table("T2").get(Y, "affiliated"));
        var e = d.consolidation().eliminations().getFirst();
        assertEquals(yuan("30000"), e.eliminated());
        assertTrue(e.unmatched());
        List<String> notices = Consolidator.consolidate(department(), members(Members.self("30000"), Members.subsidised(),
                Members.remitting()), Optional.empty(), AT).notices();
        assertEquals(1, notices.size());
        assertTrue(notices.getFirst().contains("2.00"), notices.getFirst());
        assertTrue(notices.getFirst().contains(Y), notices.getFirst());
    }

    @Test
    void withoutTheSuperiorAmongTheMembersNothingIsTakenOut() {
        Report b = Members.subsidised();
        Report c = Members.remitting();
        Report d = Consolidator.consolidate(department(), List.of(new Consolidator.Member(b, 1, "901001"),
                new Consolidator.Member(c, 1, "901001")), Optional.empty(), AT).report();
        assertEquals(yuan("100000"), d.table("T2").get(X, "superior"));
        assertEquals(yuan("50000"), d.table("T3").get(Y, "remit"));
        assertTrue(d.consolidation().eliminations().isEmpty());
    }

    @Test
    void theDepartmentsOwnWritingStaysAndItsFiguresAreReplaced() {
        Report dept = department();
        dept.setReason("tp.total", juesuan.model.Basis.PRIOR, "部门自己写的原因");
        dept.setText("pf.report", "部门的绩效说明");
        dept.unit().getDuties().add("部门职能");
        dept.table("T2").set(X, "fiscal", yuan("1")); // an old sum: replaced
        Report d = Consolidator.consolidate(dept, members(Members.self("50000"), Members.subsidised(), Members.remitting()),
                Optional.empty(), AT).report();
        assertEquals("部门自己写的原因", d.reason("tp.total", juesuan.model.Basis.PRIOR));
        assertEquals("部门的绩效说明", d.text("pf.report"));
        assertEquals(List.of("负责本系统的测试工作。", "部门职能"), d.unit().getDuties());
        assertEquals(yuan("2077700").multiply(BigDecimal.valueOf(3)), d.table("T2").get(X, "fiscal"));
    }

    @Test
    void lastYearsDepartmentReportGivesThePriorFigures() {
        Report last = Consolidator.consolidate(new Report(Consolidator.departmentUnit("HZ901", Members.DEPARTMENT), 2022, 2023,
                        "chongqing"), List.of(new Consolidator.Member(withYear(Members.self("50000"), 2022), 1, "")),
                Optional.empty(), AT).report();
        Report d = Consolidator.consolidate(department(), members(Members.self("50000"), Members.subsidised(), Members.remitting()),
                Optional.of(last), AT).report();
        assertEquals(figures(last).value(juesuan.model.FigureRef.parse("T1/in.total/amount")), d.comparison("income.total").priorFinal());
    }

    private static Report withYear(Report r, int year) {
        Report copy = new Report(r.unit(), year, r.templateYear(), r.profile());
        r.tables().forEach((k, t) -> t.cells().forEach((row, cols) -> cols.forEach((col, v) -> copy.table(k).set(row, col, v))));
        r.tables().forEach((k, t) -> t.rows().forEach(copy.table(k)::addRow));
        return copy;
    }

    @Test
    void refusesAFinalReportAnotherYearAndAUnitTwice() {
        Report dept = department();
        dept.finalLog().add(new FinalEvent(FinalEvent.Kind.FINALIZE, AT, "u", "p", 1, "0".repeat(64), ""));
        List<Consolidator.Member> ok = members(Members.self("50000"), Members.subsidised(), Members.remitting());
        assertThrows(UserFailure.class, () -> Consolidator.consolidate(dept, ok, Optional.empty(), AT));
        Report other = withYear(Members.remitting(), 2024);
        assertThrows(UserFailure.class, () -> Consolidator.consolidate(department(),
                List.of(new Consolidator.Member(other, 1, "")), Optional.empty(), AT));
        Report a = Members.self("50000");
        assertThrows(UserFailure.class, () -> Consolidator.consolidate(department(),
                List.of(new Consolidator.Member(a, 1, ""), new Consolidator.Member(a, 1, "")), Optional.empty(), AT));
    }
}
