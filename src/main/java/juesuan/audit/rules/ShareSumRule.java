package juesuan.audit.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.Percent;
import juesuan.i18n.Msg;
import juesuan.model.Money;

/**
 * N-2: the printed shares of a breakdown (收入构成, 支出构成, 各类支出) add up to 100% within 0.02 points; more
 * than that comes from rounding many small items and is worth a note in the text.
 */
public final class ShareSumRule implements Rule {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "N-2";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        int decimals = juesuan.narrative.NarrativeSettings.of(ctx.report(), ctx.profile()).percentDecimals();
        check(ctx, out, decimals, Msg.get("audit.shareIncome"), "T1/in.total/amount", "T1/in.total/amount",
                List.of("T1/in.gpb/amount,T1/in.gf/amount,T1/in.soc/amount", "T1/in.superior/amount", "T1/in.business/amount",
                        "T1/in.operating/amount", "T1/in.affiliated/amount", "T1/in.other/amount"));
        check(ctx, out, decimals, Msg.get("audit.shareSpend"), "T1/out.total/amount", "T1/out.total/amount",
                List.of("T3/total/basic", "T3/total/project", "T3/total/remit", "T3/total/operating", "T3/total/subsidy"));
        List<String> classes = ctx.rows("T5").stream().filter(r -> r.level() == 1).map(ComputedRow::key)
                .map(c -> "T5/" + c + "/total").toList();
        check(ctx, out, decimals, Msg.get("audit.shareClasses"), "T5/total/total", "T5/total/total", classes);
    }

    private void check(AuditContext ctx, Consumer<Finding> out, int decimals, String what, String wholeRef, String placeRef,
                       List<String> parts) {
        BigDecimal whole = ctx.value(wholeRef);
        if (whole.signum() == 0 || parts.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : parts) {
            BigDecimal v = Money.zero();
            for (String ref : part.split(",")) {
                v = v.add(ctx.value(ref));
            }
            sum = sum.add(Percent.of(v, whole).setScale(decimals, java.math.RoundingMode.HALF_UP));
        }
        if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
            out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.shareSum", what, sum.toPlainString()),
                    ctx.place(placeRef)));
        }
    }
}
