package juesuan.ui.audit;

import java.util.List;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.ui.session.ReportSession;

/** The 审核 panel: the current findings (recomputed after every change), 出错说明, counts per tab, 定稿 check. */
public final class AuditViewModel {
    private final ReportSession session;
    private AuditResult result;
    private int auditedAt = -1;

    public AuditViewModel(ReportSession session) {
        this.session = session;
    }

    public ReportSession session() {
        return session;
    }

    public AuditResult result() {
        if (result == null || auditedAt != session.revisionProperty().get()) {
            result = Auditor.audit(session.report(), session.figures());
            auditedAt = session.revisionProperty().get();
        }
        return result;
    }

    public List<Finding> findings() {
        return result().findings();
    }

    public String explanation(Finding f) {
        return session.report().explanation(f.key());
    }

    /** Stores the 出错说明 of a 提示 (a 错误 takes none: it must be fixed). */
    public void setExplanation(Finding f, String text) {
        if (session.refuseIfLocked()) {
            return;
        }
        if (f.severity() != Severity.HINT) {
            return;
        }
        String v = text == null ? "" : text.strip();
        if (v.equals(explanation(f))) {
            return;
        }
        long id = session.reportId();
        // the 出错说明 is typed in the 审核 panel, always in view; undo brings the finding's section up
        session.change(Msg.get("edit.explanation", f.ruleId()), juesuan.ui.session.EditPlace.section(f.place().tab()), explanation(f), v,
                x -> session.report().setExplanation(f.key(), x), (store, x) -> store.setExplanation(id, f.key(), x));
    }

    /** Errors and hints whose place is on a tab. */
    public int[] counts(String tab) {
        List<Finding> on = result().on(tab);
        int errors = (int) on.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int hints = (int) on.stream().filter(f -> f.severity() == Severity.HINT).count();
        return new int[] {errors, hints};
    }

    public boolean canFinalize() {
        return result().canFinalize(session.report());
    }

    public String summary() {
        AuditResult r = result();
        String rounding = r.rounding().isEmpty() ? "" : Msg.get("audit.roundingCount", r.rounding().size());
        String state = session.report().isFinal()
                ? Msg.get("audit.isFinal", session.report().lastFinal().orElseThrow().version())
                : Msg.get(canFinalize() ? "audit.canFinalize" : "audit.cannotFinalize");
        return Msg.get("auditPanel.summary", r.errors().size(), r.hints().size(), r.unexplained(session.report()).size(), state) + rounding;
    }

    /** The name of the tab a finding is on, for the 位置 column. */
    public String tabName(String tab) {
        return session.template().table(tab).map(t -> t.shortTitle()).orElseGet(() -> Msg.get("tab." + tab));
    }
}
