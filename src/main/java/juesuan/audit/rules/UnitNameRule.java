package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.model.PerformanceProject;
import juesuan.model.Unit;

/** N-9: the unit's name is filled in and the 自评表 name the same department. */
public final class UnitNameRule implements Rule {
    @Override
    public String id() {
        return "N-9";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Unit u = ctx.report().unit();
        if (u.getName() == null || u.getName().isBlank()) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("unit.nameRequired"), Place.tab("unit")));
            return;
        }
        String base = u.getName().replace(Msg.get("audit.ownLevel"), "");
        String supervisor = u.getSupervisor() == null ? "" : u.getSupervisor();
        for (PerformanceProject p : ctx.report().projects()) {
            String dept = p.getDepartment() == null ? "" : p.getDepartment();
            if (!dept.isBlank() && !dept.contains(base) && (supervisor.isBlank() || !dept.contains(supervisor))) {
                out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.projectDepartment", p.getName(), dept, u.getName()),
                        Place.tab("performance")));
            }
        }
    }
}
