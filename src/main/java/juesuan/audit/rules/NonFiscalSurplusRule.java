package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;

/** 使用非财政拨款结余 only where the unit has non-财政拨款 income. */
public final class NonFiscalSurplusRule implements Rule {
    @Override
    public String id() {
        return "X-10";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        var used = ctx.value("T1/in.surplusUse/amount");
        if (used.signum() <= 0) {
            return;
        }
        var own = ctx.value("T1/in.superior/amount").add(ctx.value("T1/in.business/amount"))
                .add(ctx.value("T1/in.operating/amount")).add(ctx.value("T1/in.affiliated/amount"))
                .add(ctx.value("T1/in.other/amount"));
        if (own.signum() == 0) {
            out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.surplusWithoutOwnIncome", AuditContext.wan(used)),
                    Place.cell("T1", "in.surplusUse", "amount")));
        }
    }
}
