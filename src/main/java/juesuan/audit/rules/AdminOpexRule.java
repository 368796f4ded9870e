package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;

/**
 * for a 行政 unit (or one managed like one), 机关运行经费 is its 公用经费 (equality expected); not for a
 * department whose members include 事业单位 (its tables show 事业收入, 经营收入 or 经营支出).
 */
public final class AdminOpexRule implements Rule {
    @Override
    public String id() {
        return "X-11";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        String type = ctx.report().unit().getUnitType();
        if (type == null || !(type.contains(Msg.get("audit.adminType")) || type.contains(Msg.get("audit.civilServantType")))) {
            return;
        }
        // a department whose members include 事业单位 (事业收入, 经营收入 or 经营支出 in its tables) is not one 行政
        // unit: its 机关运行经费 is only the 行政 members' part of the 公用经费
        for (String institutional : Msg.get("audit.institutionalFigures").split(",")) {
            if (ctx.value(institutional).signum() != 0) {
                return;
            }
        }
        var opex = ctx.value("amount:op.opex");
        var pub = ctx.value("T6/public/amount");
        if (opex.compareTo(pub) < 0) {
            String[] w = AuditContext.wanCompared(opex, pub);
            out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.adminOpex", w[0], w[1], w[2]), Place.field("operations", "op.opex")));
        }
    }
}
