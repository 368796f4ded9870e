package juesuan.audit;

import java.math.BigDecimal;
import java.util.List;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ReportFigures;
import juesuan.model.FigureRef;
import juesuan.model.FormSection;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.YearTemplate;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profile;
import juesuan.narrative.Profiles;

/** What the rules look at: the report, its figures as printed, and its text. */
public final class AuditContext {
    private final Report report;
    private final ReportFigures figures;
    private final CellValues cells;
    private Narrative narrative;
    private java.util.concurrent.Future<Narrative> aside;

    public AuditContext(Report report, ReportFigures figures) {
        this(report, figures, fromFigures(report, figures));
    }

    /** With other figures than the report's own (a published table to check). */
    public AuditContext(Report report, ReportFigures figures, CellValues cells) {
        this.report = report;
        this.figures = figures;
        this.cells = cells;
    }

    static CellValues fromFigures(Report report, ReportFigures figures) {
        return new CellValues() {
            @Override
            public BigDecimal value(String ref) {
                if (ref.startsWith("cmp:")) {
                    String key = ref.substring(4, ref.lastIndexOf('/'));
                    String what = ref.substring(ref.lastIndexOf('/') + 1);
                    var c = report.comparison(key);
                    // a base not typed is the figure it follows (公开07表's 预算数, the sum of the 三公 items')
                    for (var d : figures.template().comparisons()) {
                        if (d.key().equals(key)) {
                            c = new juesuan.calculation.Comparisons(report, figures).bases(d);
                        }
                    }
                    return Money.orZero(switch (what) {
                        case "prior" -> c.priorFinal();
                        case "initial" -> c.initialBudget();
                        default -> c.fullYearBudget();
                    });
                }
                return figures.value(FigureRef.parse(ref));
            }

            @Override
            public List<ComputedRow> rows(String table) {
                return figures.table(table).rows();
            }
        };
    }

    public Report report() {
        return report;
    }

    public ReportFigures figures() {
        return figures;
    }

    public YearTemplate template() {
        return figures.template();
    }

    public BigDecimal value(String ref) {
        return cells.value(ref);
    }

    public List<ComputedRow> rows(String table) {
        return cells.rows(table);
    }

    public long count(String key) {
        return figures.count(key);
    }

    public Profile profile() {
        return Profiles.orDefault(report.profile());
    }

    /** The report's text in its profile (generated once per audit). */
    public Narrative narrative() {
        if (narrative == null && aside != null) {
            narrative = TEXT_WRITER.await(aside);
            aside = null;
        }
        if (narrative == null) {
            narrative = NarrativeGenerator.generate(report, figures, profile());
        }
        return narrative;
    }

    /**
     * Starts writing the text on the text writer's thread, from a copy of the report made here (the report and its
     * figures are not for two threads), so that {@link #narrative()} finds it written.
     */
    void writeTextAside() {
        if (narrative != null || aside != null) {
            return;
        }
        Report own = report.copy();
        YearTemplate template = template();
        Profile profile = profile();
        aside = TEXT_WRITER.submit(() -> NarrativeGenerator.generate(own, new ReportFigures(own, template), profile));
    }

    private static final TextWriter TEXT_WRITER = new TextWriter();

    /** A figure as the document prints it: 万元 with two decimals, rounded half-up. */
    public static String wan(BigDecimal yuan) {
        return Money.formatWanPlain(Money.orZero(yuan));
    }

    /**
     * Two figures and their difference as a message says them: as the document prints them (two decimals) when the
     * difference shows at two decimals; otherwise with every decimal they have, so a difference of less than 0.01
     * 万元 is not shown as "0.00". Returns {first, second, difference}.
     */
    public static String[] wanCompared(BigDecimal a, BigDecimal b) {
        BigDecimal x = Money.orZero(a);
        BigDecimal y = Money.orZero(b);
        BigDecimal diff = x.subtract(y).abs();
        boolean shows = !Money.formatWanPlain(diff).equals(Money.formatWanPlain(Money.zero()));
        return shows ? new String[] {wan(x), wan(y), wan(diff)}
                : new String[] {Money.editableWan(x), Money.editableWan(y), Money.editableWan(diff)};
    }

    /** The place of a figure reference. */
    public Place place(String ref) {
        if (ref.startsWith("amount:") || ref.startsWith("count:")) {
            String key = ref.substring(ref.indexOf(':') + 1);
            for (FormSection s : template().forms()) {
                if (s.fields().stream().anyMatch(f -> f.key().equals(key))) {
                    return Place.field(s.tab(), key);
                }
            }
            return Place.tab("unit");
        }
        if (ref.startsWith("cmp:")) {
            String key = ref.substring(4, ref.lastIndexOf('/'));
            String what = ref.substring(ref.lastIndexOf('/') + 1);
            return Place.cell("comparisons", key, what);
        }
        String[] p = ref.split("/");
        return Place.cell(p[0], p[1], p[2]);
    }
}
