package juesuan.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import juesuan.audit.AuditContext;
import juesuan.audit.AuditRules;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.calculation.Comparisons;
import juesuan.i18n.Msg;
import juesuan.model.Comparison;
import juesuan.model.ComparisonDef;
import juesuan.model.Money;

/**
 * a total whose comparisons are the sum of its parts' (the 三公 total and its four items) has 上年决算数 and
 * 预算数 equal to the sums of its parts' where both are typed; otherwise the text states a total change that is not the
 * sum of the items' changes. Within the rounding of published 万元 figures it is 尾差.
 */
public final class ThreePublicSumRule implements Rule {
    @Override
    public String id() {
        return "X-15";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Comparisons cmp = new Comparisons(ctx.report(), ctx.figures());
        for (ComparisonDef d : ctx.template().comparisons()) {
            if (d.sumOf().isEmpty()) {
                continue;
            }
            check(ctx, cmp, d, Comparison::priorFinal, "prior", Msg.get("audit.partsSum.prior"), out);
            check(ctx, cmp, d, Comparison::initialBudget, "initial", Msg.get("audit.partsSum.initial"), out);
            check(ctx, cmp, d, Comparison::fullYearBudget, "full", Msg.get("audit.partsSum.full"), out);
        }
    }

    private void check(AuditContext ctx, Comparisons cmp, ComparisonDef d, Function<Comparison, BigDecimal> base, String column,
                       String baseName, Consumer<Finding> out) {
        BigDecimal total = base.apply(cmp.bases(d));
        if (total == null) {
            return;
        }
        BigDecimal sum = Money.zero();
        List<BigDecimal> figures = new ArrayList<>();
        figures.add(total);
        List<String> parts = new ArrayList<>();
        for (String key : d.sumOf()) {
            ComparisonDef part = ctx.template().comparisons().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
            BigDecimal v = part == null ? null : base.apply(cmp.bases(part));
            if (v == null) {
                return; // a part without this base: the text compares it with nothing, said by R-3 / N-4
            }
            sum = sum.add(v);
            figures.add(v);
            parts.add(Msg.get("audit.partsSum.part", part.label(), AuditContext.wan(v)));
        }
        if (total.compareTo(sum) == 0) {
            return;
        }
        String[] w = AuditContext.wanCompared(total, sum);
        String message = Msg.get("audit.partsSum", d.label(), baseName, w[0], w[1], String.join(Msg.get("cli.listSeparator"), parts), w[2]);
        var rounding = AuditRules.rounding(ctx.template().year());
        String note = rounding == null ? null : rounding.roundingNote(message, figures, total.subtract(sum));
        out.accept(Finding.of(id(), note != null ? Severity.ROUNDING : Severity.ERROR, note != null ? note : message,
                Place.cell("comparisons", d.key(), column)));
    }
}
