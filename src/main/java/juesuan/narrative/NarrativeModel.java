package juesuan.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.Comparisons;
import juesuan.calculation.Percent;
import juesuan.calculation.ProjectScore;
import juesuan.calculation.ReportFigures;
import juesuan.model.Basis;
import juesuan.model.CatalogEntry;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.FigureRef;
import juesuan.model.GlossaryTerm;
import juesuan.model.Indicator;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.Unit;
import juesuan.template.TemplateLoader;

/**
 * What a profile template can ask for: every figure of the text, formatted by the phrasing rules and marked with
 * where it comes from. Public methods are the template's vocabulary.
 */
public final class NarrativeModel {
    static final char START = '\u0001';
    static final char MID = '\u0002';
    static final char END = '\u0003';

    private final Report report;
    private final ReportFigures figures;
    private final Profile profile;
    private final Phrasing phrasing;
    private final Comparisons comparisons;
    private final Map<String, ComparisonDef> defs;
    private List<ReasonUse> reasonSink;
    private final NarrativeSettings settings;
    /** Each project's 自评 score, computed once per text (the average, the four grade counts and the tables read it). */
    private final Map<PerformanceProject, ProjectScore> scores = new java.util.IdentityHashMap<>();
    /** The comparisons the text asked for ("key/PRIOR", "key/BUDGET"). */
    private final java.util.Set<String> compared = new java.util.LinkedHashSet<>();
    /** Figures the text would print but the report does not have (neither entered nor found in the 自评表). */
    private final java.util.Set<String> unknown = new java.util.LinkedHashSet<>();

    NarrativeModel(Report report, ReportFigures figures, Profile profile, NarrativeSettings settings) {
        this.report = report;
        this.figures = figures;
        this.profile = profile;
        this.phrasing = new Phrasing(profile, settings);
        this.settings = settings;
        this.comparisons = new Comparisons(report, figures);
        this.defs = comparisons.definitions(profile.comparisonGroups());
    }

    /** Marks text as coming from a source; the generator turns marks into spans. */
    static String mark(String source, String text) {
        return START + source + MID + text + END;
    }

    Report report() {
        return report;
    }

    Profile profile() {
        return profile;
    }

    Phrasing phrasing() {
        return phrasing;
    }

    void collectReasons(List<ReasonUse> sink) {
        this.reasonSink = sink;
    }

    void useReason(ReasonUse use) {
        if (reasonSink != null && !reasonSink.contains(use)) {
            reasonSink.add(use);
        }
    }

    // ------------------------------------------------------------------ unit and year

    public int getYear() {
        return report.fiscalYear();
    }

    public int getPriorYear() {
        return report.fiscalYear() - 1;
    }

    public Unit getUnit() {
        return report.unit();
    }

    /** Whether the report is a 汇总 of its members' reports (its figures are theirs summed). */
    public boolean isConsolidated() {
        return report.consolidation() != null;
    }

    /**
     * Who the sentences speak of ("某某的职能职责", "某某无下属单位"): the unit's own name, or the department's for a
     * 本级 (its name without （本级）) and for a 汇总 (whose unit is the department). Never the 主管部门 field.
     */
    public String getSubject() {
        return report.unit().subjectName();
    }

    /**
     * What the text prints where an item the document labels is not filled yet (a draft only: 审核 C-1 holds 定稿
     * until it is): the profile's "（待填写）", marked so the screen links it to the field.
     */
    public String blank(String item) {
        return mark("blank:" + item, profile.phrase("valueMissing"));
    }

    /** A unit's single-line detail, or the blank marker when it is not filled. */
    public String orBlank(String item) {
        Unit u = report.unit();
        String v = switch (item) {
            case "contactPerson" -> u.getContactPerson();
            case "contactPhone" -> u.getContactPhone();
            case "supervisor" -> u.getSupervisor();
            case "unitType" -> u.getUnitType();
            default -> throw new IllegalArgumentException("no unit detail " + item);
        };
        return v == null || v.isBlank() ? blank(item) : v;
    }

    /** 一, 二, … for numbered items. */
    public String numeral(int n) {
        return TemplateLoader.numeral(n);
    }

    // ------------------------------------------------------------------ figures

    private BigDecimal raw(String source) {
        return figures.value(FigureRef.parse(source));
    }

    /** A figure in 万元 ("T1/in.grand/amount" or "amount:op.opex"). */
    public String wan(String source) {
        return mark(source, phrasing.wan(raw(source)));
    }

    /** The sum of figures (comma-separated sources) in 万元, marked with the first. */
    public String wanSum(String sources) {
        return mark(first(sources), phrasing.wan(sum(sources)));
    }

    private BigDecimal sum(String sources) {
        BigDecimal s = Money.zero();
        for (String src : sources.split(",")) {
            s = s.add(raw(src.strip()));
        }
        return s;
    }

    private static String first(String sources) {
        return sources.split(",")[0].strip();
    }

    /** The sign of a − b (figures or sums of figures): 1, 0 or −1, from the exact amounts. */
    public int compare(String a, String b) {
        return Integer.signum(sum(a).compareTo(sum(b)));
    }

    public boolean isZero(String sources) {
        return sum(sources).signum() == 0;
    }

    /** part / whole as a percentage without %, 0 when the whole is 0 (sources may be comma-separated sums). */
    public String share(String part, String whole) {
        BigDecimal p = Percent.of(sum(part), sum(whole));
        return mark(first(part), phrasing.percent(p == null ? BigDecimal.ZERO : p));
    }

    /** A count ("tp.rec.domestic.people"), computed counts included. */
    public String count(String key) {
        return mark("count:" + key, Long.toString(figures.count(key)));
    }

    /** A free text of the report (用途, 说明); empty when not filled. */
    public String text(String key) {
        String t = report.text(key);
        return t.isBlank() ? "" : mark("text:" + key, t);
    }

    public boolean hasText(String key) {
        return !report.text(key).isBlank();
    }

    /** Whether a table has any typed figure (政府性基金, 国有资本经营). */
    public boolean hasData(String table) {
        return !report.table(table).cells().isEmpty();
    }

    // ------------------------------------------------------------------ comparisons

    private ComparisonDef def(String key) {
        ComparisonDef d = defs.get(key);
        if (d == null) {
            throw new IllegalArgumentException("no comparison " + key);
        }
        return d;
    }

    /** Against 上年决算数. */
    public ChangeView prior(String key) {
        ComparisonDef d = def(key);
        compared.add(key + "/" + Basis.PRIOR);
        return new ChangeView(this, key, Basis.PRIOR, d.label(), comparisons.prior(d), profile.phrase("priorLabel"));
    }

    /** Against 年初预算数 (or 全年预算数 where the profile falls back to it). */
    public ChangeView budget(String key) {
        ComparisonDef d = def(key);
        compared.add(key + "/" + Basis.BUDGET);
        Comparisons.BudgetChange b = comparisons.budget(d, profile.budgetFallbackFullYear());
        return new ChangeView(this, key, Basis.BUDGET, d.label(), b.change(),
                profile.phrase(b.fullYear() ? "fullYearLabel" : "budgetLabel"));
    }

    /** Whether "完成年初预算的XX%" is printed (a report setting, where the profile writes it). */
    public boolean isBudgetCompletion() {
        return settings.budgetCompletion();
    }

    /** What a code's money was used for (主要用于), entered once per code; empty when not entered. */
    public String usage(String code) {
        return text(Report.USAGE + code);
    }

    /** The rows of a comparison group (per 类 or per 项 of the 一般公共预算 table), with their figures. */
    public List<GroupItem> group(String id) {
        ComparisonGroup g = figures.template().comparisonGroup(id).orElseThrow();
        List<GroupItem> out = new ArrayList<>();
        BigDecimal total = figures.table(g.table()).value("total", g.column());
        for (ComputedRow r : figures.table(g.table()).rows()) {
            boolean wanted = g.leaves() ? !r.computed() : r.level() == 1;
            if (!wanted) {
                continue;
            }
            String source = g.table() + "/" + r.key() + "/" + g.column();
            BigDecimal share = Percent.of(r.value(g.column()), total);
            out.add(new GroupItem(r.key(), r.label(), path(r.key()), mark(source, phrasing.wan(r.value(g.column()))),
                    mark(source, phrasing.percent(share == null ? BigDecimal.ZERO : share)),
                    defs.containsKey(g.key(r.key())) ? budget(g.key(r.key())) : null, usage(r.key())));
        }
        return out;
    }

    /** Names from the 类 down to a code; a level the catalog lacks is named by its code, so a path is never empty. */
    private List<String> path(String code) {
        List<String> names = new ArrayList<>();
        for (int len = 3; len <= code.length(); len += 2) {
            String part = code.substring(0, len);
            names.add(figures.template().functions().find(part).map(CatalogEntry::name).orElse(part));
        }
        return names;
    }

    /**
     * One row of a comparison group.
     *
     * @param path    names from the 类 down to the row (类, 款, 项)
     * @param budget  the comparison with the budget
     * @param usage   what the money was used for (主要用于), marked; empty when not entered
     */
    public record GroupItem(String code, String name, List<String> path, String amount, String share, ChangeView budget,
                            String usage) {
        public String getUsage() {
            return usage;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<String> getPath() {
            return path;
        }

        public String getAmount() {
            return amount;
        }

        public String getShare() {
            return share;
        }

        public ChangeView getBudget() {
            return budget;
        }
    }

    /** Names of the 经济分类 款 of the 基本支出 table with money, under the given 类 (comma-separated), joined by 、. */
    public String economicNames(String classes) {
        List<String> names = new ArrayList<>();
        for (String c : classes.split(",")) {
            for (CatalogEntry k : figures.template().economics().children(c.strip())) {
                if (figures.table("T6").value(k.code(), "amount").signum() != 0) {
                    names.add(k.name());
                }
            }
        }
        return String.join("、", names);
    }

    // ------------------------------------------------------------------ 三公 实物量

    /** 公务接待费 / 接待人次, in 元 with 2 decimals (from the exact amount). */
    public String receptionPerPerson() {
        BigDecimal people = BigDecimal.valueOf(figures.count("tp.rec.domestic.people") + figures.count("tp.rec.abroad.people"));
        BigDecimal v = Percent.divide(raw("T7/reception/actual"), people);
        return mark("T7/reception/actual", Money.format(v == null ? BigDecimal.ZERO : v, 2, false));
    }

    /** 公务用车购置费 / 购置辆数, 万元. */
    public String perCarPurchase() {
        return perCar("T7/carBuy/actual", "tp.car.bought");
    }

    /** 公务用车运行维护费 / 保有量, 万元. */
    public String perCarMaintenance() {
        return perCar("T7/carRun/actual", "tp.car.held");
    }

    private String perCar(String source, String countKey) {
        BigDecimal v = Percent.divide(raw(source), BigDecimal.valueOf(figures.count(countKey)));
        return mark(source, phrasing.wan(v == null ? BigDecimal.ZERO : v));
    }

    // ------------------------------------------------------------------ 绩效

    public List<ProjectView> projects() {
        List<ProjectView> out = new ArrayList<>();
        int i = 0;
        for (PerformanceProject p : report.projects()) {
            out.add(new ProjectView(this, p, "project:" + i++));
        }
        return out;
    }

    java.util.Set<String> compared() {
        return compared;
    }

    java.util.Set<String> unknown() {
        return unknown;
    }

    ProjectScore score(PerformanceProject p) {
        return scores.computeIfAbsent(p, ProjectScore::of);
    }

    /** The 平均得分 entered (a score, 0–100) and the ratings' counts; the 自评表 stand in for what is left empty. */
    public static final String AVERAGE_SCORE = "pf.averageScore";
    /** The entered count of projects rated A 优 … D 不合格 is GRADE + the band. */
    public static final String GRADE = "pf.grade.";
    /** What the text would print but the report lacks: the 平均得分, the ratings (see {@link Narrative#unknown()}). */
    public static final String UNKNOWN_RATINGS = "pf.grade";

    /**
     * Whether the published 自评表 are every self-evaluated project (so their scores and ratings stand for all of
     * them): there is at least one, and no more projects were self-evaluated than were published.
     */
    private boolean formsCoverAll() {
        Long projects = report.counts().get("pf.projects");
        return !report.projects().isEmpty() && (projects == null || projects <= report.projects().size());
    }

    /**
     * The 平均得分 of the self-evaluated projects: as entered, else the average 自评总分 of the published 自评表 when
     * they are all of them; empty (and noted as unknown) otherwise, rather than an average of some.
     */
    public String averageScore() {
        BigDecimal entered = enteredScore();
        if (entered != null) {
            return trimmed(entered);
        }
        if (!formsCoverAll()) {
            unknown.add(AVERAGE_SCORE);
            return "";
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (PerformanceProject p : report.projects()) {
            sum = sum.add(score(p).total());
        }
        return trimmed(sum.divide(BigDecimal.valueOf(report.projects().size()), 10, RoundingMode.HALF_UP));
    }

    /** The entered 平均得分, or null when none (or not a number: 审核 reads the field as typed). */
    private BigDecimal enteredScore() {
        String t = report.text(AVERAGE_SCORE);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(t.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether the projects by rating are known: some count entered, or the published 自评表 are every
     * self-evaluated project; noted as unknown otherwise.
     */
    public boolean ratingsKnown() {
        for (String g : profile.grades()) {
            if (report.counts().get(GRADE + g) != null) {
                return true;
            }
        }
        if (formsCoverAll()) {
            return true;
        }
        unknown.add(UNKNOWN_RATINGS);
        return false;
    }

    /**
     * How many self-evaluated projects have a rating (A 优, B 良, C 合格, D 不合格): as entered ("pf.grade.A"…), else
     * counted from the published 自评表 with the profile's score bands.
     */
    public String gradeCount(String grade) {
        String key = GRADE + grade;
        if (report.counts().get(key) != null) {
            return count(key);
        }
        int n = 0;
        for (PerformanceProject p : report.projects()) {
            if (profile.grade(score(p).total()).equals(grade)) {
                n++;
            }
        }
        return mark("count:" + key, Integer.toString(n));
    }

    /** Whether a count was entered (a count left empty is not printed as 0 where the text leaves it out). */
    public boolean hasCount(String key) {
        return report.counts().get(key) != null;
    }

    /** A score or rate rounded half-up to 2 decimals, trailing zeros dropped (the 自评表's style: 100, 5.56, 20). */
    static String trimmed(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** A 绩效目标自评表 for the text, with every computed figure. */
    public static final class ProjectView {
        private final NarrativeModel m;
        private final PerformanceProject p;
        private final ProjectScore score;
        private final String source;

        ProjectView(NarrativeModel m, PerformanceProject p, String source) {
            this.m = m;
            this.p = p;
            this.score = m.score(p);
            this.source = source;
        }

        public PerformanceProject getProject() {
            return p;
        }

        private String wan(BigDecimal v) {
            return mark(source, v == null ? "" : trimmed(Money.yuanToWan(v)));
        }

        public String getTotalInitial() {
            return wan(p.getTotalInitial());
        }

        public String getTotalAdjusted() {
            return wan(p.getTotalAdjusted());
        }

        public String getTotalExecuted() {
            return wan(p.getTotalExecuted());
        }

        public String getFiscalInitial() {
            return wan(p.getFiscalInitial());
        }

        public String getFiscalAdjusted() {
            return wan(p.getFiscalAdjusted());
        }

        public String getFiscalExecuted() {
            return wan(p.getFiscalExecuted());
        }

        public String getExecutionRate() {
            return mark(source, trimmed(score.executionRate()));
        }

        public String getExecutionWeight() {
            return mark(source, trimmed(p.getExecutionWeight()));
        }

        public String getExecutionScore() {
            return mark(source, trimmed(score.executionScore()));
        }

        /** 自评总分 with two decimals, as the form prints it (100.00). */
        public String getTotal() {
            return mark(source, Money.format(score.total(), 2, false));
        }

        public List<IndicatorView> getIndicators() {
            List<IndicatorView> out = new ArrayList<>();
            for (ProjectScore.IndicatorScore s : score.indicators()) {
                out.add(new IndicatorView(s, source));
            }
            return out;
        }
    }

    /** One 绩效指标 line. */
    public static final class IndicatorView {
        private final ProjectScore.IndicatorScore s;
        private final String source;

        IndicatorView(ProjectScore.IndicatorScore s, String source) {
            this.s = s;
            this.source = source;
        }

        private Indicator i() {
            return s.indicator();
        }

        public String getName() {
            return i().name();
        }

        public String getMeasureUnit() {
            return i().measureUnit();
        }

        public String getNature() {
            return i().nature().symbol();
        }

        public String getTarget() {
            return mark(source, trimmed(i().targetValue()));
        }

        public String getActual() {
            return mark(source, trimmed(i().actualValue()));
        }

        public String getDeviation() {
            return mark(source, trimmed(s.deviation()));
        }

        public String getCoefficient() {
            return mark(source, trimmed(s.coefficient()));
        }

        public String getWeight() {
            return mark(source, trimmed(i().weight()));
        }

        public String getScore() {
            return mark(source, trimmed(s.score()));
        }

        public String getNote() {
            return i().note();
        }

        public boolean isMet() {
            return s.met();
        }
    }

    public List<GlossaryTerm> glossary() {
        return report.glossary();
    }
}
