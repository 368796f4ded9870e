package juesuan.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import juesuan.calculation.ReportFigures;
import juesuan.model.Report;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.ui.session.ReportSession;

/**
 * The 审核 panel: the current findings, 出错说明, counts per tab, 定稿 check. After a change the 审核 runs in the
 * background on a copy of the report, so typing never waits for it; audits run one after another and the newest
 * change is always audited last, so the panel ends on the findings of what is typed now.
 */
public final class AuditViewModel {
    /** One thread for every window's audits: they are short, and one at a time keeps the newest last. */
    private static final Executor AUDITS = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "audit");
        t.setDaemon(true);
        return t;
    });

    private final ReportSession session;
    private final Executor background;
    private final List<Runnable> listeners = new ArrayList<>();
    private AuditResult result;
    private Report audited;
    private int auditedAt = -1;
    private boolean running;

    public AuditViewModel(ReportSession session) {
        this(session, AUDITS);
    }

    /** @param background where the audits after a change run ({@code Runnable::run} in tests: at once) */
    public AuditViewModel(ReportSession session, Executor background) {
        this.session = session;
        this.background = background;
    }

    public ReportSession session() {
        return session;
    }

    /** Runs (on the UI thread) each time new findings are in. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * The newest findings. A report just opened is audited at once; after a change this is the last finished audit
     * until the one of the change is in ({@link #isCurrent()}).
     */
    public AuditResult result() {
        if (result == null || audited != session.report()) {
            result = Auditor.audit(session.report(), session.figures());
            audited = session.report();
            auditedAt = session.revisionProperty().get();
        }
        return result;
    }

    /** Whether the findings are those of the report as it is now. */
    public boolean isCurrent() {
        return result != null && audited == session.report() && auditedAt == session.revisionProperty().get();
    }

    /** To be called on the UI thread after a change: audits a copy in the background (after any audit running). */
    public void changed() {
        if (result == null || audited != session.report()) {
            result();
            listeners.forEach(Runnable::run);
            return;
        }
        if (!running && session.revisionProperty().get() != auditedAt) {
            start();
        }
    }

    private void start() {
        running = true;
        Report source = session.report();
        int at = session.revisionProperty().get();
        Report copy = source.copy();
        var template = session.template();
        background.execute(() -> {
            AuditResult r;
            try {
                r = Auditor.audit(copy, new ReportFigures(copy, template));
            } catch (RuntimeException e) {
                juesuan.failure.ErrorLog.record("auditing report " + copy.getId(), e);
                r = null;
            }
            AuditResult done = r;
            session.onUi(() -> finished(source, at, done));
        });
    }

    private void finished(Report source, int at, AuditResult r) {
        running = false;
        if (source != session.report()) {
            return; // another report was opened meanwhile: its own audit was made when it opened
        }
        if (r != null) {
            result = r;
            auditedAt = at;
            listeners.forEach(Runnable::run);
        }
        int now = session.revisionProperty().get();
        if (now != auditedAt && now != at) {
            start(); // typed again meanwhile: audit the newest
        }
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
        return Msg.get("auditPanel.summary", r.errors().size(), r.hints().size(), r.unexplained(session.report()).size(), state) + rounding
                + (isCurrent() ? "" : Msg.get("audit.running"));
    }

    /** The name of the tab a finding is on, for the 位置 column. */
    public String tabName(String tab) {
        return session.template().table(tab).map(t -> t.shortTitle()).orElseGet(() -> Msg.get("tab." + tab));
    }
}
