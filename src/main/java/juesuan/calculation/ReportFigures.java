package juesuan.calculation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import juesuan.model.Derivation;
import juesuan.model.FieldDef;
import juesuan.model.FigureRef;
import juesuan.model.Money;
import juesuan.model.Report;
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

    /** A table computed; its derived cells first take their values from the tables they come from. */
    public ComputedTable table(String code) {
        ComputedTable done = tables.get(code);
        if (done != null) {
            return done;
        }
        if (!computing.add(code)) {
            throw new IllegalStateException("derivations loop through table " + code);
        }
        Map<String, BigDecimal> derived = new HashMap<>();
        for (Derivation d : template.derivations(code)) {
            BigDecimal sum = Money.zero();
            for (String term : d.terms()) {
                boolean minus = term.startsWith("-");
                BigDecimal v = value(FigureRef.parse(minus ? term.substring(1) : term));
                sum = minus ? sum.subtract(v) : sum.add(v);
            }
            derived.put(TableCalculator.cell(d.row(), d.column()), sum);
        }
        TableTemplate t = template.requireTable(code);
        ComputedTable computed = TableCalculator.compute(t, report.table(code), template.functions(), derived);
        computing.remove(code);
        tables.put(code, computed);
        return computed;
    }

    /** The derivation of a cell, when it has one (for saying where a grey figure comes from). */
    public java.util.Optional<Derivation> derivation(String table, String row, String column) {
        return template.derivations(table).stream().filter(d -> d.row().equals(row) && d.column().equals(column)).findFirst();
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
