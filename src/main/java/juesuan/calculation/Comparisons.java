package juesuan.calculation;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import juesuan.model.CatalogEntry;
import juesuan.model.Comparison;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.FigureRef;
import juesuan.model.Report;
import juesuan.model.YearTemplate;

/** The comparisons of a report (fixed ones and those of the chosen per-row groups) and their changes. */
public final class Comparisons {
    private final Report report;
    private final ReportFigures figures;

    public Comparisons(Report report, ReportFigures figures) {
        this.report = report;
        this.figures = figures;
    }

    /**
     * Every comparison the report makes, in order: the template's fixed ones, then one per row of each group named.
     * Rows that left a table but still have stored bases stay, so nothing entered is hidden.
     */
    public Map<String, ComparisonDef> definitions(List<String> groupIds) {
        YearTemplate t = figures.template();
        Map<String, ComparisonDef> defs = new LinkedHashMap<>();
        t.comparisons().forEach(d -> defs.put(d.key(), d));
        for (String id : groupIds) {
            ComparisonGroup g = t.comparisonGroup(id).orElseThrow(() -> new IllegalArgumentException("no comparison group " + id));
            List<String> codes = new ArrayList<>();
            for (ComputedRow r : figures.table(g.table()).rows()) {
                boolean wanted = g.leaves() ? !r.computed() : r.level() == 1;
                if (wanted) {
                    codes.add(r.key());
                }
            }
            for (String key : report.comparisons().keySet()) {
                if (key.startsWith(g.keyPrefix()) && !codes.contains(key.substring(g.keyPrefix().length()))) {
                    codes.add(key.substring(g.keyPrefix().length()));
                }
            }
            for (String code : codes) {
                String name = t.functions().find(code).map(CatalogEntry::name).orElse(code);
                String label = new MessageFormat(g.label(), Locale.ROOT).format(new Object[] {name, code});
                defs.put(g.key(code), new ComparisonDef(g.key(code), g.section(), label,
                        new FigureRef(g.table(), code, g.column(), null), g.bases()));
            }
        }
        return defs;
    }

    /** This year's figure of a comparison. */
    public BigDecimal current(ComparisonDef d) {
        return figures.value(d.current());
    }

    /**
     * The bases of a comparison as they are used: what is typed; where no 年初预算数 is typed, the figure it follows
     * ({@link ComparisonDef#initialFrom()}); and for a comparison that is the sum of others (the 三公 total), a base
     * not typed is the sum of theirs while each of them has it.
     */
    public Comparison bases(ComparisonDef d) {
        Comparison c = report.comparison(d.key());
        if (c.initialBudget() == null && d.initialFrom() != null) {
            c = c.withInitialBudget(figures.value(d.initialFrom()));
        }
        if (!d.sumOf().isEmpty()) {
            if (c.priorFinal() == null) {
                c = c.withPriorFinal(sumOfParts(d, Comparison::priorFinal));
            }
            if (c.initialBudget() == null) {
                c = c.withInitialBudget(sumOfParts(d, Comparison::initialBudget));
            }
            if (c.fullYearBudget() == null) {
                c = c.withFullYearBudget(sumOfParts(d, Comparison::fullYearBudget));
            }
        }
        return c;
    }

    /** The sum of one base of a comparison's parts, or null when some part has none. */
    private BigDecimal sumOfParts(ComparisonDef d, java.util.function.Function<Comparison, BigDecimal> base) {
        BigDecimal sum = juesuan.model.Money.zero();
        for (String key : d.sumOf()) {
            ComparisonDef part = figures.template().comparisons().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
            BigDecimal v = part == null ? null : base.apply(bases(part));
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /** Whether a comparison's 上年决算数 is the sum of its parts' (nothing typed for it). */
    public boolean priorFollows(ComparisonDef d) {
        return !d.sumOf().isEmpty() && report.comparison(d.key()).priorFinal() == null && bases(d).priorFinal() != null;
    }

    /** Whether a comparison's 年初预算数 is the figure it follows (nothing typed for it). */
    public boolean initialFollows(ComparisonDef d) {
        return report.comparison(d.key()).initialBudget() == null && (d.initialFrom() != null || bases(d).initialBudget() != null);
    }

    /** Against 上年决算数. */
    public Change prior(ComparisonDef d) {
        return Change.of(current(d), bases(d).priorFinal());
    }

    /**
     * Against the budget: 年初预算数, or 全年预算数 when the 年初预算数 is zero or missing and {@code fallback} allows it.
     */
    public BudgetChange budget(ComparisonDef d, boolean fallback) {
        Comparison c = bases(d);
        boolean initialZero = c.initialBudget() == null || c.initialBudget().signum() == 0;
        boolean useFull = fallback && initialZero && c.fullYearBudget() != null && c.fullYearBudget().signum() != 0;
        return new BudgetChange(Change.of(current(d), useFull ? c.fullYearBudget() : c.initialBudget()), useFull);
    }

    /**
     * A change against the budget.
     *
     * @param change   the change
     * @param fullYear whether the base is the 全年预算数 (the 年初预算数 was zero)
     */
    public record BudgetChange(Change change, boolean fullYear) {
    }
}
