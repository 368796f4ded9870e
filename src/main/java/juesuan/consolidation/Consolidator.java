package juesuan.consolidation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import juesuan.exchange.CheckCode;
import juesuan.exchange.Rollover;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.model.Comparison;
import juesuan.model.Consolidation;
import juesuan.model.LocalCode;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.Unit;
import juesuan.model.UnitItemKind;

/**
 * 汇总: a department's report as the sum of its members' reports. Every typed table cell is summed by table, row
 * code and column; the internal flows of the year's {@code consolidation.json} are taken out where both sides are
 * members; the named figures (三公, 机关运行经费, 资产, 采购, 绩效) and the comparisons' budgets are summed; the members'
 * 绩效 projects are listed with the unit that carried each out; 单位构成 lists the members. What the department wrote
 * itself (its details, 主要原因, texts, rewritten paragraphs, 出错说明, 名词解释, settings) stays as it was, so a
 * re-run only replaces figures. Computed cells are not summed: they are computed again from the sums.
 */
public final class Consolidator {
    private Consolidator() {
    }

    /**
     * A member's report.
     *
     * @param report    the member's report as stored
     * @param revision  its revision in the database
     * @param superior  the code of the unit it remits to and is subsidised by (the 本级 above it), or ""
     */
    public record Member(Report report, long revision, String superior) {
    }

    /**
     * The consolidated report and what the officer should know.
     *
     * @param report  the department's report with the summed figures (not stored)
     * @param notices one Chinese line per internal flow whose two sides disagree, and per figure taken from last year
     */
    public record Result(Report report, List<String> notices) {
    }

    /**
     * Sums the members into the department's report.
     *
     * @param department   the department's report: the stored one (its own writing is kept) or a new empty one
     * @param members      the reporting units to sum, in the order 单位构成 lists them
     * @param previousYear the department's report of the year before, whose figures become the 上年决算数 (a member's
     *                     上年 figures still contain the flows taken out last year); empty: the members' 上年 are summed
     */
    public static Result consolidate(Report department, List<Member> members, Optional<Report> previousYear, LocalDateTime at) {
        check(department, members);
        Report out = new Report(department.unit().copy(), department.fiscalYear(), department.templateYear(), department.profile());
        out.setId(department.getId());
        keepOwnWriting(department, out);
        out.unit().setSubunits(members.stream().map(m -> m.report().unit().getName()).toList());

        Set<String> localCodes = new LinkedHashSet<>();
        department.localCodes().forEach(c -> localCodes.add(key(c)));
        for (Member m : members) {
            Report r = m.report();
            for (LocalCode c : r.localCodes()) {
                if (localCodes.add(key(c))) {
                    out.localCodes().add(c);
                }
            }
            r.tables().forEach((code, data) -> addTable(out.table(code), data));
            r.amounts().forEach((k, v) -> out.setAmount(k, Money.add(out.amount(k), v)));
            r.counts().forEach((k, v) -> out.setCount(k, out.count(k) == null ? v : out.count(k) + v));
            r.comparisons().forEach((k, c) -> out.setComparison(k, sum(out.comparison(k), c)));
            for (PerformanceProject p : r.projects()) {
                PerformanceProject c = p.copy();
                if (c.getImplementingUnit().isBlank()) {
                    c.setImplementingUnit(r.unit().getName());
                }
                out.projects().add(c);
            }
        }
        List<String> notices = new ArrayList<>();
        List<Consolidation.Elimination> eliminations = new ArrayList<>();
        for (Flow flow : Flow.forYear(department.templateYear())) {
            eliminate(flow, members, out, eliminations, notices);
        }
        previousYear.ifPresent(prev -> priorFromLastYear(prev, out));
        // each member's digest (what it was when summed), made side by side on every core
        List<Consolidation.Member> fed = members.parallelStream().map(m -> new Consolidation.Member(m.report().unit().getCode(),
                m.report().unit().getName(), m.revision(), CheckCode.digest(m.report()))).toList();
        out.setConsolidation(new Consolidation(at, fed, eliminations));
        return new Result(out, List.copyOf(notices));
    }

    private static void check(Report department, List<Member> members) {
        String code = department.unit().getCode();
        if (department.isFinal()) {
            throw new UserFailure(Msg.get("consolidate.final", code, department.fiscalYear()));
        }
        if (members.isEmpty()) {
            throw new UserFailure(Msg.get("consolidate.noMembers", code, department.fiscalYear()));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Member m : members) {
            Report r = m.report();
            String mc = r.unit().getCode();
            if (mc.equals(code)) {
                throw new UserFailure(Msg.get("consolidate.memberIsDepartment", code));
            }
            if (!seen.add(mc)) {
                throw new UserFailure(Msg.get("consolidate.memberTwice", mc));
            }
            if (r.fiscalYear() != department.fiscalYear() || r.templateYear() != department.templateYear()) {
                throw new UserFailure(Msg.get("consolidate.otherYear", mc, r.unit().getName(), r.fiscalYear(),
                        r.templateYear(), department.fiscalYear(), department.templateYear()));
            }
        }
    }

    /** What the department wrote itself: kept through every re-run. */
    private static void keepOwnWriting(Report from, Report to) {
        from.settings().forEach(to::setSetting);
        from.reasons().forEach((k, v) -> to.setReason(k.comparisonKey(), k.basis(), v));
        from.texts().forEach(to::setText);
        from.overrides().forEach(to::setOverride);
        from.explanations().forEach(to::setExplanation);
        to.glossary().addAll(from.glossary());
        to.localCodes().addAll(from.localCodes());
        to.finalLog().addAll(from.finalLog());
        for (UnitItemKind kind : UnitItemKind.values()) {
            if (kind != UnitItemKind.SUBUNIT) {
                to.unit().items(kind).clear();
                to.unit().items(kind).addAll(from.unit().items(kind));
            }
        }
    }

    private static String key(LocalCode c) {
        return c.catalog() + "/" + c.code() + "/" + c.origin();
    }

    private static void addTable(TableData to, TableData from) {
        from.rows().forEach(to::addRow);
        from.cells().forEach((row, cols) -> cols.forEach((col, v) -> to.set(row, col, Money.add(to.get(row, col), v))));
    }

    private static Comparison sum(Comparison a, Comparison b) {
        BinaryOperator<BigDecimal> add = Money::add;
        return new Comparison(add.apply(a.priorFinal(), b.priorFinal()), add.apply(a.initialBudget(), b.initialBudget()),
                add.apply(a.fullYearBudget(), b.fullYearBudget()));
    }

    /**
     * Takes one flow out where both sides are members: per code, the smaller of what the payers show and what the
     * receivers show comes off both columns; a difference is told and stays.
     */
    private static void eliminate(Flow flow, List<Member> members, Report out, List<Consolidation.Elimination> eliminations,
                                  List<String> notices) {
        Map<String, Report> byCode = new LinkedHashMap<>();
        members.forEach(m -> byCode.put(m.report().unit().getCode(), m.report()));
        Set<String> payers = new LinkedHashSet<>();
        Set<String> receivers = new LinkedHashSet<>();
        for (Member m : members) {
            if (!m.superior().isEmpty() && byCode.containsKey(m.superior())) {
                String member = m.report().unit().getCode();
                (flow.payerIsMember() ? payers : receivers).add(member);
                (flow.payerIsMember() ? receivers : payers).add(m.superior());
            }
        }
        Map<String, BigDecimal> paid = column(payers, byCode, flow.paidTable(), flow.paidColumn());
        Map<String, BigDecimal> received = column(receivers, byCode, flow.receivedTable(), flow.receivedColumn());
        Set<String> codes = new java.util.TreeSet<>(paid.keySet());
        codes.addAll(received.keySet());
        for (String code : codes) {
            BigDecimal p = paid.getOrDefault(code, Money.zero());
            BigDecimal r = received.getOrDefault(code, Money.zero());
            if (p.signum() == 0 && r.signum() == 0) {
                continue;
            }
            BigDecimal taken = p.min(r).max(BigDecimal.ZERO);
            if (taken.signum() != 0) {
                subtract(out.table(flow.paidTable()), code, flow.paidColumn(), taken);
                subtract(out.table(flow.receivedTable()), code, flow.receivedColumn(), taken);
            }
            Consolidation.Elimination e = new Consolidation.Elimination(flow.id(), code, p, r, taken);
            eliminations.add(e);
            if (e.unmatched()) {
                notices.add(Msg.get("consolidate.unmatched", flow.label(), code, Money.formatWan(p), Money.formatWan(r),
                        Money.formatWan(p.subtract(r).abs())));
            }
        }
    }

    private static Map<String, BigDecimal> column(Set<String> units, Map<String, Report> byCode, String table, String column) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (String u : units) {
            byCode.get(u).table(table).cells().forEach((row, cols) -> {
                BigDecimal v = cols.get(column);
                if (v != null) {
                    sums.merge(row, v, BigDecimal::add);
                }
            });
        }
        return sums;
    }

    private static void subtract(TableData t, String row, String column, BigDecimal amount) {
        BigDecimal left = Money.add(t.get(row, column), amount.negate());
        t.set(row, column, left.signum() == 0 ? null : left);
    }

    /** The 上年决算数 of every comparison from the department's own report of the year before. */
    private static void priorFromLastYear(Report previous, Report out) {
        Report carried = Rollover.from(previous, out.fiscalYear()).report();
        Set<String> keys = new LinkedHashSet<>(out.comparisons().keySet());
        keys.addAll(carried.comparisons().keySet());
        for (String k : keys) {
            out.setComparison(k, out.comparison(k).withPriorFinal(carried.comparison(k).priorFinal()));
        }
    }

    /** The unit of a new department report: the node's code and name, its own 主管部门. */
    public static Unit departmentUnit(String code, String name) {
        Unit u = new Unit(code, name);
        u.setSupervisor(name);
        return u;
    }
}
