package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.calculation.Comparisons;
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import juesuan.model.ComparisonDef;

/**
 * N-4 and a reviewer's check beside it: every comparison the text makes has its base. A figure with money and no
 * 上年决算数, or no 年初预算数 and no 全年预算数 (N-4), is compared with 0.
 */
public final class ComparisonBaseRule implements Rule {
    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-4";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Comparisons cmp = new Comparisons(ctx.report(), ctx.figures());
        for (ComparisonDef d : cmp.definitions(ctx.profile().comparisonGroups()).values()) {
            var current = cmp.current(d);
            if (current.signum() == 0) {
                continue;
            }
            Comparison c = ctx.report().comparison(d.key());
            // only the comparisons the profile's text makes: a base it never prints needs no figure
            if (d.bases().contains(Basis.PRIOR) && c.priorFinal() == null && ctx.narrative().compares(d.key(), Basis.PRIOR)) {
                out.accept(Finding.of("R-3", Severity.HINT, Msg.get("audit.noPrior", d.label(), AuditContext.wan(current)),
                        Place.cell("comparisons", d.key(), "prior")));
            }
            boolean noInitial = c.initialBudget() == null || c.initialBudget().signum() == 0;
            boolean noFull = c.fullYearBudget() == null || c.fullYearBudget().signum() == 0;
            if (d.bases().contains(Basis.BUDGET) && noInitial && noFull && ctx.narrative().compares(d.key(), Basis.BUDGET)) {
                out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.noBudget", d.label(), AuditContext.wan(current)),
                        Place.cell("comparisons", d.key(), "initial")));
            }
        }
    }
}
