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
        // one note per 主管部门 that differs, however many forms name it (a 汇总 lists every member's projects)
        java.util.Map<String, java.util.List<String>> byDepartment = new java.util.LinkedHashMap<>();
        for (PerformanceProject p : ctx.report().projects()) {
            String dept = p.getDepartment() == null ? "" : p.getDepartment();
            if (!dept.isBlank() && !dept.contains(base) && (supervisor.isBlank() || !dept.contains(supervisor))) {
                byDepartment.computeIfAbsent(dept, k -> new java.util.ArrayList<>()).add(p.getName());
            }
        }
        byDepartment.forEach((dept, projects) -> out.accept(Finding.of(id(), Severity.HINT, projects.size() == 1
                ? Msg.get("audit.projectDepartment", projects.getFirst(), dept, u.getName())
                : Msg.get("audit.projectsDepartment", projects.size(), projects.getFirst(), dept, u.getName()),
                Place.tab("performance"))));
    }
}
