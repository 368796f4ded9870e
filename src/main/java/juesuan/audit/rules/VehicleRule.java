package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;

/** N-13: the 公务用车保有量 of the 三公 text is not more than the vehicles the unit reports under 国有资产. */
public final class VehicleRule implements Rule {
    @Override
    public String id() {
        return "N-13";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        long held = ctx.count("tp.car.held");
        long total = ctx.count("as.car.total");
        if (held > total) {
            out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.vehicles", held, total), Place.field("assets", "as.car.head")));
        }
    }
}
