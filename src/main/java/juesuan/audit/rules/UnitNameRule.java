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

/**
 * N-9: the unit's name is filled in and is the unit's own (not a government's), the text speaks of the unit and not of
 * its 主管部门, and the 自评表 name the same department.
 */
public final class UnitNameRule implements Rule {
    @Override
    public String id() {
        return "N-9";
    }

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Unit u = ctx.report().unit();
        if (u.getName() == null || u.getName().isBlank()) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("unit.nameRequired"), Place.tab("unit")));
            return;
        }
        String base = u.getName().replace(Msg.get("audit.ownLevel"), "");
        String supervisor = u.getSupervisor() == null ? "" : u.getSupervisor().strip();
        String government = Msg.get("audit.government");
        if (base.strip().endsWith(government) && ctx.report().consolidation() == null) {
            // a government publishes no 部门决算 of its own: its name is the 主管部门 typed where the unit belongs
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.unitIsGovernment", u.getName()), Place.field("unit", "unitName")));
        }
        if (supervisor.contains(government) && !u.subjectName().equals(supervisor)) {
            java.util.regex.Pattern asSubject = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(supervisor) + Msg.get("audit.subjectPattern"));
            for (juesuan.narrative.Paragraph p : ctx.narrative().paragraphs()) {
                java.util.regex.Matcher m = asSubject.matcher(p.text());
                if (m.find()) {
                    out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.supervisorAsSubject", ctx.narrative().where(p.key()),
                            m.group(), u.subjectName()), Place.field("narrative", p.key())));
                }
            }
        }
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
