package juesuan.ui.handover;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import juesuan.exchange.CheckCode;
import juesuan.exchange.Finalization;
import juesuan.exchange.QrReader;
import juesuan.i18n.Msg;
import juesuan.model.FinalEvent;
import juesuan.model.Report;
import juesuan.ui.session.ReportSession;

/**
 * 定稿与交接 for the open report, without controls: may it be finalised and why not, finalise and unlock (on the
 * writer, after the queued saves), what the banner and the 定稿 log say, export, load and 核验.
 */
public final class HandoverViewModel {
    private final ReportSession session;

    public HandoverViewModel(ReportSession session) {
        this.session = session;
    }

    public ReportSession session() {
        return session;
    }

    public boolean isFinal() {
        return session.report() != null && session.report().isFinal();
    }

    /** Why 定稿 is not possible now (with the counts of 错误 and unexplained 提示), or null. */
    public String finalizeRefusal() {
        return Finalization.refusal(session.report()).orElse(null);
    }

    /**
     * Finalises the stored report (a whole-database backup first), after every queued save. Completes with the log
     * entry, already added to the open report; fails with a Chinese message.
     */
    public CompletableFuture<FinalEvent> finalizeReport(String person) {
        String refusal = finalizeRefusal();
        if (refusal != null) {
            return CompletableFuture.failedFuture(new Finalization.FinalizationException(refusal));
        }
        long id = session.reportId();
        return session.afterSaves(store -> {
            Report stored = store.load(id);
            Finalization.refusal(stored).ifPresent(m -> {
                throw new Finalization.FinalizationException(m);
            });
            store.backup("before-finalize");
            return Handover.finalizeReport(store, stored, person);
        });
    }

    /** Unlocks the stored report with a reason, after every queued save. */
    public CompletableFuture<FinalEvent> unlock(String person, String reason) {
        long id = session.reportId();
        return session.afterSaves(store -> Handover.unlockReport(store, store.load(id), person, reason));
    }

    /** To be called on the UI thread with a finished step: the open report, the views and the undo history follow. */
    public void applied(FinalEvent event) {
        session.finalStateChanged(event);
        session.say(event.kind() == FinalEvent.Kind.FINALIZE
                ? Msg.get("final.done", event.version(), CheckCode.of(event.digest()))
                : Msg.get("final.unlocked", event.version()));
    }

    /** The banner over the tabs of a final report, or null for a draft. */
    public String banner() {
        Report r = session.report();
        if (r == null || !r.isFinal()) {
            return null;
        }
        FinalEvent last = r.lastFinal().orElseThrow();
        return Msg.get("final.banner", last.version(), CheckCode.of(last.digest()), last.person(), Finalization.time(last.at()));
    }

    /** The 定稿 log as lines for the 单位情况 tab, newest first. */
    public List<String> logLines() {
        return session.report().finalLog().reversed().stream().map(HandoverViewModel::line).toList();
    }

    static String line(FinalEvent e) {
        return e.kind() == FinalEvent.Kind.FINALIZE
                ? Msg.get("final.logFinalize", Finalization.time(e.at()), e.version(), e.person(), e.osUser(), CheckCode.of(e.digest()))
                : Msg.get("final.logUnlock", Finalization.time(e.at()), e.version(), e.person(), e.osUser(), e.reason());
    }

    /** The open report as stored, read on the writer after the queued saves (what an export writes). */
    public CompletableFuture<Report> stored() {
        long id = session.reportId();
        return session.afterSaves(store -> store.load(id));
    }

    /** Writes the package into a folder (run in the background with {@link #snapshot()}). */
    public static Path export(Report report, Path folder) {
        return Handover.exportTo(report, folder);
    }

    /** What exporting now writes, for the confirmation: a draft says so. */
    public String exportNotice() {
        return isFinal() ? Msg.get("handover.exportFinal", session.report().lastFinal().orElseThrow().version())
                : Msg.get("handover.exportDraft");
    }

    /** Reads a file to load (in the background): checked whole, compared with what is stored. */
    public Handover.Plan plan(Path file) {
        return Handover.plan(session.store(), file);
    }

    /** Loads a planned file on the writer, after the queued saves (a backup of the whole database first). */
    public CompletableFuture<Handover.Loaded> load(Handover.Plan plan) {
        return session.afterSaves(store -> {
            Handover.Loaded loaded = Handover.load(store, plan);
            if (session.versions() != null && loaded.reportId() != session.reportId()) {
                // the loaded report's first version in the history (the open one's is written after every step)
                // (a failure is logged; the load itself is committed, and the next start writes the missing version)
                juesuan.ui.session.Snapshots.save(store, session.versions(), loaded.reportId(), "");
            }
            return loaded;
        });
    }

    /**
     * The demo unit's report when it is still as shipped and the database now holds other units (it received their
     * packages): a database that receives packages has no use for it. Read on the writer, after the queued saves.
     */
    public CompletableFuture<java.util.Optional<Long>> untouchedDemo() {
        return session.afterSaves(store -> {
            List<juesuan.store.ReportSummary> all = store.list();
            return all.size() < 2 ? java.util.Optional.<Long>empty() : all.stream()
                    .filter(r -> juesuan.exchange.DemoReport.UNIT_CODE.equals(r.unitCode()) && r.fiscalYear() == juesuan.exchange.DemoReport.YEAR)
                    .map(juesuan.store.ReportSummary::reportId).findFirst()
                    .filter(id -> juesuan.exchange.DemoReport.untouched(store.load(id)));
        });
    }

    /** Removes the untouched demo unit: from the database (one transaction), then its history folder set aside. */
    public CompletableFuture<Void> removeDemo(long id) {
        return session.afterSaves(store -> {
            store.deleteReport(id);
            if (session.versions() != null) {
                try {
                    session.versions().retire(juesuan.exchange.DemoReport.UNIT_CODE, juesuan.exchange.DemoReport.YEAR);
                } catch (java.io.IOException e) {
                    // the report is gone from the database; its history stays where it was, and a rebuild would bring it back
                    juesuan.failure.ErrorLog.record("setting the demo's history aside", e);
                }
            }
            return null;
        });
    }

    /**
     * Reads and checks many files side by side (in the background; {@code progress} hears how many are read, from
     * any thread) and compares each with the database. A report already stored is planned as a replacement, shown
     * as such before anything is loaded.
     */
    public BatchLoad.Checked checkMany(List<Path> files, java.util.function.IntConsumer progress) {
        return BatchLoad.check(session.store(), files, true, progress);
    }

    /**
     * Loads the checked files that change something, on the writer after the queued saves: one backup, all in one
     * transaction, each in the unit tree, then each one's first history version.
     */
    public CompletableFuture<BatchLoad.Loaded> loadMany(BatchLoad.Checked checked) {
        List<Handover.Plan> plans = checked.changing();
        return session.afterSaves(store -> BatchLoad.load(store, session.versions(), plans));
    }

    /** The heading of the many-file confirmation: how many files, what loading them does, how many are refused. */
    public static String manySummary(BatchLoad.Checked c) {
        List<Handover.Plan> changing = c.changing();
        long added = changing.stream().filter(p -> p.existingId().isEmpty()).count();
        return Msg.get("loadMany.summary", c.plans().size() + c.refused().size(), added, changing.size() - added,
                c.plans().size() - changing.size(), c.refused().size());
    }

    /** One line per file for the confirmation: the refused first (with the reason), then each unit and what it does. */
    public static List<String> manyLines(BatchLoad.Checked c) {
        List<String> lines = new java.util.ArrayList<>();
        c.refused().forEach(r -> lines.add(Msg.get("loadMany.refused", r.reason())));
        for (Handover.Plan p : c.plans()) {
            Report in = p.incoming();
            String what = p.existingId().isEmpty() ? Msg.get("loadMany.new")
                    : p.changes().isEmpty() ? Msg.get("loadMany.same") : Msg.get("loadMany.replace", p.changes().size());
            String state = in.isFinal() ? Msg.get("loadMany.final", in.lastFinal().orElseThrow().version()) : Msg.get("loadMany.draft");
            lines.add(Msg.get("loadMany.line", in.unit().getCode(), in.unit().getName(), in.fiscalYear(), state, what));
        }
        return lines;
    }

    /** What the status bar says after a load of many files (and which history versions could not be written). */
    public static String manyDone(BatchLoad.Loaded loaded) {
        String said = Msg.get("loadMany.done", loaded.reportIds().size(), loaded.backup());
        return loaded.historyFailures().isEmpty() ? said : said + " " + loaded.historyFailures().getFirst();
    }

    /** 核验 of a code typed from paper against the open report. */
    public Finalization.Verdict verify(String typed) {
        return Finalization.verify(session.report(), typed);
    }

    /** 核验 from a scanned signature page: reads the QR code, then as {@link #verify}. */
    public Finalization.Verdict verifyImage(Path image) {
        return verify(QrReader.read(image));
    }
}
