package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.model.Report;

/**
 * E-1: a report without a single figure (no table cell, no 上年/预算 figure, no amount or count, no project) is
 * not a disclosure: it is an 错误, so it cannot be 定稿.
 */
public final class EmptyReportRule implements Rule {
    @Override
    public String id() {
        return "E-1";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Report r = ctx.report();
        boolean anyCell = r.tables().values().stream().anyMatch(t -> !t.cells().isEmpty());
        boolean anyFigure = anyCell || !r.comparisons().isEmpty() || !r.amounts().isEmpty() || !r.counts().isEmpty()
                || !r.projects().isEmpty();
        if (!anyFigure) {
            out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.emptyReport"), Place.tab("T1")));
        }
    }
}
