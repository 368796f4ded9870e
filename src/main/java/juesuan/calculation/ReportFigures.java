package juesuan.calculation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import juesuan.model.Derivation;
import juesuan.model.FieldDef;
import juesuan.model.FigureRef;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.TableTemplate;
import juesuan.model.ValueType;
import juesuan.model.YearTemplate;

/**
 * The computed view of one report: every table computed once and the figures it is asked for. Build a new one
 * after the report changes (it is cheap: a few hundred additions).
 */
public final class ReportFigures {
    private final Report report;
    private final YearTemplate template;
    private final Map<String, ComputedTable> tables = new HashMap<>();
    private final java.util.Set<String> computing = new java.util.HashSet<>();

    public ReportFigures(Report report, YearTemplate template) {
        this.report = report;
        this.template = template;
    }

    public YearTemplate template() {
        return template;
    }

    /**
     * A table computed; its derived cells first take their values from the tables they come from, and its following
     * cells (nothing typed in them, their condition met) from theirs.
     */
    public ComputedTable table(String code) {
        ComputedTable done = tables.get(code);
        if (done != null) {
            return done;
        }
        if (!computing.add(code)) {
            throw new IllegalStateException("derivations loop through table " + code);
        }
        Map<String, BigDecimal> derived = new HashMap<>();
        Map<String, BigDecimal> following = new HashMap<>();
        for (Derivation d : active(code)) {
            (d.follows() ? following : derived).put(TableCalculator.cell(d.row(), d.column()), sum(d));
        }
        TableTemplate t = template.requireTable(code);
        ComputedTable computed = TableCalculator.compute(t, report.table(code), template.functions(), derived, following);
        computing.remove(code);
        tables.put(code, computed);
        return computed;
    }

    private BigDecimal sum(Derivation d) {
        BigDecimal sum = Money.zero();
        for (String term : d.terms()) {
            boolean minus = term.startsWith("-");
            BigDecimal v = value(FigureRef.parse(minus ? term.substring(1) : term));
            sum = minus ? sum.subtract(v) : sum.add(v);
        }
        return sum;
    }

    /**
     * The derivations that decide a table's cells now: every derived cell, and each following cell that has nothing
     * typed in it and whose condition holds (one per 项 row for those written for every row).
     */
    private java.util.List<Derivation> active(String code) {
        java.util.List<Derivation> out = new java.util.ArrayList<>();
        TableData data = report.table(code);
        for (Derivation d : template.derivations(code)) {
            if (!d.follows()) {
                out.add(d);
                continue;
            }
            if (d.when() != null && !holds(d.when())) {
                continue;
            }
            if (d.eachRow()) {
                java.util.Set<String> rows = new java.util.LinkedHashSet<>(data.rows());
                rows.addAll(data.cells().keySet());
                for (String row : rows) {
                    if (data.get(row, d.column()) == null) {
                        out.add(d.forRow(row));
                    }
                }
            } else if (data.get(d.row(), d.column()) == null) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether the report has a shape the template names ("allGeneralBudget"): every cell listed empty or zero. */
    public boolean holds(String condition) {
        java.util.List<String> cells = template.conditions().get(condition);
        if (cells == null) {
            throw new IllegalArgumentException("no condition " + condition);
        }
        for (String pattern : cells) {
            String[] p = pattern.split("/");
            Map<String, Map<String, BigDecimal>> typed = report.table(p[0]).cells();
            for (var row : typed.entrySet()) {
                if (!"*".equals(p[1]) && !p[1].equals(row.getKey())) {
                    continue;
                }
                for (var cell : row.getValue().entrySet()) {
                    if (("*".equals(p[2]) || p[2].equals(cell.getKey())) && cell.getValue().signum() != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The derivation of a derived cell, when it is one (for saying where a grey figure comes from). */
    public java.util.Optional<Derivation> derivation(String table, String row, String column) {
        return template.derivations(table).stream().filter(d -> !d.follows() && d.row().equals(row) && d.column().equals(column))
                .findFirst();
    }

    /** What a following cell follows now (nothing typed in it, its condition met), for saying where its figure comes from. */
    public java.util.Optional<Derivation> following(String table, String row, String column) {
        if (!table(table).isFollowing(row, column)) {
            return java.util.Optional.empty();
        }
        return template.derivations(table).stream()
                .filter(d -> d.follows() && d.column().equals(column) && (d.eachRow() || d.row().equals(row)))
                .map(d -> d.eachRow() ? d.forRow(row) : d).findFirst();
    }

    /** The current value of a figure reference, in 元. */
    public BigDecimal value(FigureRef ref) {
        if (ref.isCell()) {
            return table(ref.table()).value(ref.row(), ref.column());
        }
        return amount(ref.amountKey());
    }

    /** A MONEY field: stored, or the sum of its parts when it is computed; zero when not entered. */
    public BigDecimal amount(String key) {
        FieldDef def = template.field(key).orElse(null);
        if (def != null && def.computed()) {
            BigDecimal sum = Money.zero();
            for (String part : def.sumOf()) {
                sum = sum.add(amount(part));
            }
            return sum;
        }
        return Money.orZero(report.amount(key));
    }

    /** A COUNT field: stored, or the sum of its parts when computed; zero when not entered. */
    public long count(String key) {
        FieldDef def = template.field(key).orElse(null);
        if (def != null && def.computed() && def.type() == ValueType.COUNT) {
            long sum = 0;
            for (String part : def.sumOf()) {
                sum += count(part);
            }
            return sum;
        }
        Long v = report.count(key);
        return v == null ? 0 : v;
    }
}
