package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;

/** N-10: money of a 三公 item goes with its 实物量 (人次, 辆, 团组), so 人均接待费, 车均购置费 and 车均维护费 exist. */
public final class ThreePublicQuantityRule implements Rule {
    @Override
    public String id() {
        return "N-10";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        need(ctx, out, "reception", "tp.rec.domestic.people");
        need(ctx, out, "reception", "tp.rec.domestic.batches");
        need(ctx, out, "trip", "tp.trip.groups");
        need(ctx, out, "carBuy", "tp.car.bought");
        need(ctx, out, "carRun", "tp.car.held");
        if (ctx.count("tp.car.bought") > 0 && ctx.value("T7/carBuy/actual").signum() == 0) {
            out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.carsWithoutMoney", ctx.count("tp.car.bought")),
                    Place.field("threePublic", "tp.car.bought")));
        }
    }

    /** Money in a 三公 row needs its count; names come from the year's table and form templates. */
    private void need(AuditContext ctx, Consumer<Finding> out, String row, String count) {
        var v = ctx.value("T7/" + row + "/actual");
        String moneyName = ctx.template().requireTable("T7").row(row).orElseThrow().label();
        String countName = ctx.template().field(count).orElseThrow().label();
        if (v.signum() > 0 && ctx.count(count) == 0) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.moneyWithoutQuantity", moneyName, AuditContext.wan(v), countName),
                    Place.field("threePublic", count)));
        }
    }
}
