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
        Map<String, String> superiors = new LinkedHashMap<>();
        for (Member m : members) {
            if (superiors.put(m.report().unit().getCode(), m.superior()) != null) {
                throw new UserFailure(Msg.get("consolidate.memberTwice", m.report().unit().getCode()));
            }
        }
        Sum sum = new Sum(department, superiors);
        members.forEach(sum::add);
        return sum.finish(previousYear, at);
    }

    /**
     * A 汇总 made one member at a time, so hundreds of members need not be in memory together: what is kept of each
     * is its sums, the columns of the internal flows it pays or receives, and its digest.
     */
    public static final class Sum {
        private final Report out;
        private final Map<String, String> superiors;
        private final Set<String> superiorsInside = new java.util.HashSet<>();
        private final List<Flow> flows;
        private final Set<String> localCodes = new LinkedHashSet<>();
        private final List<Consolidation.Member> fed = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Map<String, Map<String, BigDecimal>> paid = new LinkedHashMap<>();
        private final Map<String, Map<String, BigDecimal>> received = new LinkedHashMap<>();

        /**
         * @param department the department's report (its own writing is kept)
         * @param superiors  every member to come: its unit code → the code of its superior ("" when none)
         */
        public Sum(Report department, Map<String, String> superiors) {
            check(department, superiors);
            this.superiors = new LinkedHashMap<>(superiors);
            superiors.forEach((member, superior) -> {
                if (superiors.containsKey(superior)) {
                    superiorsInside.add(superior);
                }
            });
            this.flows = Flow.forYear(department.templateYear());
            out = new Report(department.unit().copy(), department.fiscalYear(), department.templateYear(), department.profile());
            out.setId(department.getId());
            keepOwnWriting(department, out);
            department.localCodes().forEach(c -> localCodes.add(key(c)));
            flows.forEach(f -> {
                paid.put(f.id(), new TreeMap<>());
                received.put(f.id(), new TreeMap<>());
            });
        }

        /** Adds one member (in the order 单位构成 lists them). */
        public void add(Member m) {
            Report r = m.report();
            String code = r.unit().getCode();
            if (!superiors.containsKey(code)) {
                throw new IllegalArgumentException("a member not announced: " + code);
            }
            checkYear(out, r);
            names.add(r.unit().getName());
            for (LocalCode c : r.localCodes()) {
                if (localCodes.add(key(c))) {
                    out.localCodes().add(c);
                }
            }
            r.tables().forEach((t, data) -> addTable(out.table(t), data));
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
            // the columns of the internal flows this member pays or receives inside the department
            boolean hasSuperiorInside = !m.superior().isEmpty() && superiors.containsKey(m.superior());
            boolean isSuperiorInside = superiorsInside.contains(code);
            for (Flow f : flows) {
                if (f.payerIsMember() ? hasSuperiorInside : isSuperiorInside) {
                    addColumn(paid.get(f.id()), r, f.paidTable(), f.paidColumn());
                }
                if (f.payerIsMember() ? isSuperiorInside : hasSuperiorInside) {
                    addColumn(received.get(f.id()), r, f.receivedTable(), f.receivedColumn());
                }
            }
            fed.add(new Consolidation.Member(code, r.unit().getName(), m.revision(), CheckCode.digest(r)));
        }

        /** Takes the internal flows out, sets 上年 from last year's department report, and says what fed it. */
        public Result finish(Optional<Report> previousYear, LocalDateTime at) {
            if (fed.size() != superiors.size()) {
                throw new IllegalStateException("members announced " + superiors.size() + ", added " + fed.size());
            }
            out.unit().setSubunits(names);
            List<String> notices = new ArrayList<>();
            List<Consolidation.Elimination> eliminations = new ArrayList<>();
            for (Flow flow : flows) {
                eliminate(flow, paid.get(flow.id()), received.get(flow.id()), out, eliminations, notices);
            }
            previousYear.ifPresent(prev -> priorFromLastYear(prev, out));
            out.setConsolidation(new Consolidation(at, fed, eliminations));
            return new Result(out, List.copyOf(notices));
        }
    }

    private static void check(Report department, Map<String, String> members) {
        String code = department.unit().getCode();
        if (department.isFinal()) {
            throw new UserFailure(Msg.get("consolidate.final", code, department.fiscalYear()));
        }
        if (members.isEmpty()) {
            throw new UserFailure(Msg.get("consolidate.noMembers", code, department.fiscalYear()));
        }
        if (members.containsKey(code)) {
            throw new UserFailure(Msg.get("consolidate.memberIsDepartment", code));
        }
    }

    private static void checkYear(Report department, Report r) {
        if (r.fiscalYear() != department.fiscalYear() || r.templateYear() != department.templateYear()) {
            throw new UserFailure(Msg.get("consolidate.otherYear", r.unit().getCode(), r.unit().getName(), r.fiscalYear(),
                    r.templateYear(), department.fiscalYear(), department.templateYear()));
        }
    }

    private static void addColumn(Map<String, BigDecimal> sums, Report r, String table, String column) {
        r.table(table).cells().forEach((row, cols) -> {
            BigDecimal v = cols.get(column);
            if (v != null) {
                sums.merge(row, v, BigDecimal::add);
            }
        });
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
    private static void eliminate(Flow flow, Map<String, BigDecimal> paid, Map<String, BigDecimal> received, Report out,
                                  List<Consolidation.Elimination> eliminations, List<String> notices) {
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
