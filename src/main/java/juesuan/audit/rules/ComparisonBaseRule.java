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
 * 上年决算数, or no 年初预算数 and no 全年预算数 (N-4), would be compared with 0: an 错误 until a figure is
 * typed (0 where there truly was none). One finding per cause: the missing 主要原因 of such a comparison is not
 * reported beside it (N-5 skips it), since the change itself is not known yet. A budget typed as 0 on both bases is a
 * 提示 (it may be so, and needs a word).
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

    /** Whether the base of a comparison is not typed at all, so the text would compare with a 0 nobody entered. */
    public static boolean baseMissing(Comparisons cmp, ComparisonDef d, Basis basis) {
        Comparison c = cmp.bases(d);
        return basis == Basis.PRIOR ? c.priorFinal() == null : c.initialBudget() == null && c.fullYearBudget() == null;
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Comparisons cmp = new Comparisons(ctx.report(), ctx.figures());
        for (ComparisonDef d : cmp.definitions(ctx.profile().comparisonGroups()).values()) {
            var current = cmp.current(d);
            if (current.signum() == 0) {
                continue;
            }
            Comparison c = cmp.bases(d);
            // only the comparisons the profile's text makes: a base it never prints needs no figure
            if (d.bases().contains(Basis.PRIOR) && c.priorFinal() == null && ctx.narrative().compares(d.key(), Basis.PRIOR)) {
                out.accept(Finding.of("R-3", Severity.ERROR, Msg.get("audit.noPrior", d.label(), AuditContext.wan(current)),
                        Place.cell("comparisons", d.key(), "prior")));
            }
            boolean noInitial = c.initialBudget() == null || c.initialBudget().signum() == 0;
            boolean noFull = c.fullYearBudget() == null || c.fullYearBudget().signum() == 0;
            if (d.bases().contains(Basis.BUDGET) && noInitial && noFull && ctx.narrative().compares(d.key(), Basis.BUDGET)) {
                boolean typed = c.initialBudget() != null || c.fullYearBudget() != null;
                out.accept(Finding.of(id(), typed ? Severity.HINT : Severity.ERROR,
                        Msg.get(typed ? "audit.zeroBudget" : "audit.noBudget", d.label(), AuditContext.wan(current)),
                        Place.cell("comparisons", d.key(), "initial")));
            }
        }
    }
}
