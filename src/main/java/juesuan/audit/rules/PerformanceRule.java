package juesuan.audit.rules;

import java.math.BigDecimal;
import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.calculation.ProjectScore;
import juesuan.i18n.Msg;
import juesuan.model.Indicator;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.narrative.NarrativeModel;

/**
 * The 绩效 checks (DOMAIN §5.4, J-1 … J-5) and N-12: weights add up to 100 (执行率 10 + 指标 90), no score above its
 * weight, 执行率 not above 100%, an unmet indicator is neither scored in full nor left without a reason, and the
 * published forms agree with the overview figures.
 */
public final class PerformanceRule implements Rule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "J";
    }

    @Override
    public boolean readsText() {
        return true;
    }

    /**
     * The 平均得分 and the ratings the text leaves out because the report lacks them (not entered, and the published
     * 自评表 are not every self-evaluated project): a hint asking for them, as the template prints them.
     */
    private static void unknown(AuditContext ctx, long projects, Consumer<Finding> out) {
        java.util.Set<String> unknown = ctx.narrative().unknown();
        boolean average = unknown.contains(NarrativeModel.AVERAGE_SCORE);
        boolean ratings = unknown.contains(NarrativeModel.UNKNOWN_RATINGS);
        if (!average && !ratings) {
            return;
        }
        String what = Msg.get(average && ratings ? "audit.unknown.both" : average ? "audit.unknown.average" : "audit.unknown.ratings");
        out.accept(Finding.of("N-12", Severity.HINT, Msg.get("audit.ratingsUnknown", what, ctx.report().projects().size(), projects),
                Place.field("performance", average ? NarrativeModel.AVERAGE_SCORE : GRADE + "A")));
    }

    /**
     * Where the text prints the projects by rating (优/良/合格/不合格) from the counts entered, they add up to the
     * self-evaluated projects (from the 自评表 they are printed only when those are all of them).
     */
    private static void ratings(AuditContext ctx, long projects, Consumer<Finding> out) {
        if (projects == 0) {
            return;
        }
        long entered = 0;
        boolean any = false;
        for (String g : ctx.profile().grades()) {
            Long n = ctx.report().counts().get(GRADE + g);
            if (n != null) {
                any = true;
                entered += n;
            }
        }
        if (!any || entered == projects) {
            return;
        }
        boolean printed = ctx.narrative().paragraphs().stream().flatMap(p -> p.spans().stream())
                .anyMatch(s -> s.source() != null && s.source().startsWith("count:" + GRADE));
        if (printed) {
            out.accept(Finding.of("N-12", Severity.HINT, Msg.get("audit.gradeCounts", entered, projects),
                    Place.field("performance", GRADE + "A")));
        }
    }

    private static final String GRADE = NarrativeModel.GRADE;

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Place overview = Place.field("performance", "pf.projects");
        long projects = ctx.count("pf.projects");
        long forms = ctx.count("pf.formProjects");
        if (forms > projects) {
            out.accept(Finding.of("N-12", Severity.ERROR, Msg.get("audit.formProjects", forms, projects), overview));
        }
        if (ctx.report().projects().size() > forms && ctx.report().projects().size() <= projects) {
            // "对N个项目开展了绩效自评，其中以填报目标自评表形式开展自评M项" cannot say fewer forms than it publishes
            out.accept(Finding.of("N-12", Severity.ERROR, Msg.get("audit.publishedForms", ctx.report().projects().size(), forms),
                    Place.field("performance", "pf.formProjects")));
        }
        if (ctx.report().projects().size() > projects) {
            out.accept(Finding.of("N-12", Severity.ERROR, Msg.get("audit.publishedProjects", ctx.report().projects().size(), projects),
                    overview));
        }
        ratings(ctx, projects, out);
        unknown(ctx, projects, out);
        BigDecimal executed = Money.zero();
        for (PerformanceProject p : ctx.report().projects()) {
            executed = executed.add(Money.orZero(p.getTotalExecuted()));
            check(p, out);
        }
        BigDecimal funds = ctx.value("amount:pf.funds");
        if (executed.compareTo(funds) > 0) {
            out.accept(Finding.of("N-12", Severity.HINT, Msg.get("audit.publishedFunds", AuditContext.wan(executed),
                    AuditContext.wan(funds)), Place.field("performance", "pf.funds")));
        }
    }

    private void check(PerformanceProject p, Consumer<Finding> out) {
        Place place = new Place("performance", p.getName(), null, null);
        BigDecimal weights = p.getExecutionWeight() == null ? BigDecimal.ZERO : p.getExecutionWeight();
        for (Indicator i : p.getIndicators()) {
            weights = weights.add(i.weight() == null ? BigDecimal.ZERO : i.weight());
        }
        if (weights.compareTo(HUNDRED) != 0) {
            out.accept(Finding.of("J-1", Severity.ERROR, Msg.get("audit.weights", p.getName(), trim(weights)), place));
        }
        ProjectScore score = ProjectScore.of(p);
        if (score.executionRate() != null && score.executionRate().compareTo(HUNDRED) > 0) {
            out.accept(Finding.of("J-3", Severity.HINT, Msg.get("audit.executionAbove", p.getName(),
                    Money.format(score.executionRate(), 2, false)), place));
        }
        for (ProjectScore.IndicatorScore s : score.indicators()) {
            Indicator i = s.indicator();
            Place at = new Place("performance", p.getName(), i.name(), null);
            if (s.coefficient().compareTo(HUNDRED) > 0) {
                out.accept(Finding.of("J-2", Severity.ERROR, Msg.get("audit.scoreAboveWeight", p.getName(), i.name(),
                        Money.format(s.score(), 2, false), trim(i.weight() == null ? BigDecimal.ZERO : i.weight())), at));
            }
            if (!s.met() && s.coefficient().compareTo(HUNDRED) >= 0 && i.targetValue() != null && i.actualValue() != null) {
                out.accept(Finding.of("J-4", Severity.HINT, Msg.get("audit.unmetFullScore", p.getName(), i.name()), at));
            }
            if (i.targetValue() == null || i.actualValue() == null) {
                // not filled in yet (a project carried from last year): say what is missing, not that it was missed
                out.accept(Finding.of("J-5", Severity.HINT, Msg.get(i.targetValue() == null ? "audit.targetMissing" : "audit.actualMissing",
                        p.getName(), i.name()), at));
            } else if (!s.met() && (i.note() == null || i.note().isBlank())) {
                out.accept(Finding.of("J-5", Severity.HINT, Msg.get("audit.unmetNoReason", p.getName(), i.name()), at));
            }
        }
    }

    private static String trim(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
