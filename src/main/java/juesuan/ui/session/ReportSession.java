package juesuan.ui.session;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import juesuan.calculation.ReportFigures;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import juesuan.history.ReportHistory;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.model.YearTemplate;
import juesuan.store.ReportStore;
import juesuan.store.ReportSummary;
import juesuan.template.TemplateLoader;

/**
 * The open report and everything the views share about it: the in-memory model, its computed figures, the
 * undo history, and the status (what was saved and when). Changes are applied to the model at once and written
 * to the store in order on a background writer; views refresh when {@link #revisionProperty()} changes.
 */
public final class ReportSession {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportStore store;
    private final ReportHistory versions;
    private final Executor writer;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean reloadNeeded = new AtomicBoolean();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    /** Writes handed to the writer so far: counted on the UI thread, read by the writer after a failure. */
    private volatile int issued;
    private final Executor ui;
    private final EditHistory history = new EditHistory();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.info(""));
    private final ReadOnlyObjectWrapper<String> savedAt = new ReadOnlyObjectWrapper<>("");
    private YearTemplate template;
    private ReportFigures figures;

    /**
     * @param store   where changes go
     * @param versions where each saved state goes after the store (null: none, for tests of the views alone)
     * @param writer  runs store writes, in order (a single background thread in the app, direct in tests)
     * @param ui      runs status updates on the UI thread (Platform::runLater in the app, direct in tests)
     */
    public ReportSession(ReportStore store, ReportHistory versions, Executor writer, Executor ui) {
        this.store = store;
        this.versions = versions;
        this.writer = writer;
        this.ui = ui;
        history.setGuard(this::refuseIfLocked);
        history.setListener(this::noteEdit);
    }

    /** What the edits since the last saved version did, for that version's note in 备份与恢复 (UI thread writes, writer reads). */
    private final java.util.concurrent.atomic.AtomicReference<String> lastEdit = new java.util.concurrent.atomic.AtomicReference<>("");
    private final AtomicInteger editsSinceVersion = new AtomicInteger();

    private void noteEdit(String label) {
        lastEdit.set(label);
        editsSinceVersion.incrementAndGet();
    }

    /** The note of the version about to be saved: the newest edit in it, and how many others it holds. */
    private String versionNote() {
        int n = editsSinceVersion.getAndSet(0);
        String last = lastEdit.getAndSet("");
        if (last.isEmpty()) {
            return "";
        }
        return n > 1 ? Msg.get("backup.noteMany", last, n - 1) : last;
    }

    /** Runs work on the UI thread (the results of background work come back this way). */
    public void onUi(Runnable work) {
        ui.execute(work);
    }

    /** What brings an undone or redone edit's place into view (the main window sets it). */
    private Consumer<EditPlace> bringIntoView = p -> { };

    public void setBringIntoView(Consumer<EditPlace> bring) {
        this.bringIntoView = bring;
    }

    /**
     * Undoes the last edit, wherever it was made: the status bar says what it changed and its place comes into view.
     * Returns it, or null when there is nothing to undo (or the report is 定稿).
     */
    public Edit undo() {
        return stepped(history.undo(), "edit.undone", "edit.nothingToUndo");
    }

    /** Redoes the last undone edit, like {@link #undo}. */
    public Edit redo() {
        return stepped(history.redo(), "edit.redone", "edit.nothingToRedo");
    }

    private Edit stepped(Edit e, String done, String nothing) {
        if (lockReason() != null) {
            return null; // the guard has said why
        }
        say(e == null ? Msg.get(nothing) : Msg.get(done, e.label()));
        if (e != null && e.place() != null) {
            bringIntoView.accept(e.place());
        }
        return e;
    }

    /**
     * Changes one value of the report as an undoable edit: it is set in memory and written to the store now, and set
     * back (and written back) on undo. Every field, text and setting the officer types goes through here or through
     * an {@link Edit} of its own, so one Ctrl+Z history covers them all.
     */
    public <T> void change(String label, EditPlace place, T before, T after, Consumer<T> inMemory,
                           java.util.function.BiConsumer<ReportStore, T> write) {
        Consumer<T> set = v -> {
            inMemory.accept(v);
            persist(store -> write.accept(store, v));
            changed();
        };
        history.perform(Edit.at(label, place, () -> set.accept(after), () -> set.accept(before)));
    }

    /** Why the open report cannot be changed now (it is 定稿), or null when it can. */
    public String lockReason() {
        Report r = report.get();
        if (r == null || !r.isFinal()) {
            return null;
        }
        return Msg.get("final.locked", r.lastFinal().orElseThrow().version());
    }

    /**
     * Every way of changing the report asks this first: when the report is 定稿 the status bar says so (and how to
     * unlock it), the views show the stored values again, and the answer is true.
     */
    public boolean refuseIfLocked() {
        String reason = lockReason();
        if (reason == null) {
            return false;
        }
        warn(reason);
        changed();
        return true;
    }

    /**
     * Records a 定稿 or 解除定稿 done through the store (the store has written it): the report in memory gets the log
     * entry, the views repaint (read-only or editable again), and the undo history is cleared — edits made before a
     * 定稿 are not undone across it.
     */
    public void finalStateChanged(juesuan.model.FinalEvent event) {
        report.get().finalLog().add(event);
        history.clear();
        changed();
    }

    /**
     * A status bar message.
     *
     * @param text    the sentence
     * @param error   shown red
     * @param unsaved a save that did not reach the disk: it stays until the officer has seen it, whatever is typed next
     *                (a refused input, by contrast, goes with the next accepted change)
     */
    public record Status(String text, boolean error, boolean unsaved) {
        public Status(String text, boolean error) {
            this(text, error, false);
        }

        public static Status info(String text) {
            return new Status(text, false);
        }

        public static Status error(String text) {
            return new Status(text, true);
        }
    }

    public List<ReportSummary> reports() {
        return store.list();
    }

    /** Shows a report loaded by the caller (the app loads it in a background task). */
    public void show(Report loaded) {
        template = TemplateLoader.forReport(loaded);
        report.set(loaded);
        history.clear();
        changed();
    }

    public ReportStore store() {
        return store;
    }

    /** The rolling history of saved versions (null in tests of the views alone). */
    public ReportHistory versions() {
        return versions;
    }

    public Report report() {
        return report.get();
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public YearTemplate template() {
        return template;
    }

    /** The per-row comparison groups the report's text profile uses. */
    public List<String> comparisonGroups() {
        String id = report.get().profile();
        return juesuan.narrative.Profiles.exists(id) ? juesuan.narrative.Profiles.get(id).comparisonGroups()
                : juesuan.narrative.Profiles.get(juesuan.narrative.Profiles.DEFAULT).comparisonGroups();
    }

    public long reportId() {
        return Objects.requireNonNull(report.get().getId(), "report not stored");
    }

    /** Computed figures of the current state (recomputed lazily after each change). */
    public ReportFigures figures() {
        if (figures == null) {
            figures = new ReportFigures(report.get(), template);
        }
        return figures;
    }

    /** To be called after the report's own codes changed (新增科目): the template is laid out again with them. */
    public void codesChanged() {
        template = TemplateLoader.forReport(report.get());
        changed();
    }

    /** To be called after every change of the in-memory report. */
    public void changed() {
        figures = null;
        revision.set(revision.get() + 1);
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public EditHistory history() {
        return history;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<String> savedAtProperty() {
        return savedAt.getReadOnlyProperty();
    }

    public void say(String text) {
        status.set(Status.info(text));
    }

    public void warn(String text) {
        status.set(Status.error(text));
    }

    /** A save that did not reach the disk: red, and kept over later accepted changes. */
    private void unsaved(String text) {
        status.set(new Status(text, true, true));
    }

    /**
     * Writes a change to the store in the background, in order with the others. The in-memory model has already
     * been changed. When the writer has no more writes queued, the report as stored goes into the history, and only
     * then does the status bar say 已保存: an acknowledged edit is in the database and in the history, both on disk.
     *
     * <p>When the store refuses a write, the user is told at once; the writes queued behind it still run (they are
     * the user's later edits), and once the queue is empty the report is reloaded from the store on the writer
     * thread, so the screen shows exactly what is stored. The undo history is kept.
     */
    public void persist(Consumer<ReportStore> write) {
        int seq = ++issued;
        if (status.get().error() && !status.get().unsaved()) {
            status.set(Status.info("")); // an accepted change: an earlier refusal is past, not a state of the report
        }
        long id = reportId();
        pending.incrementAndGet();
        writer.execute(() -> {
            String failure = null;
            try {
                write.accept(store);
            } catch (RuntimeException e) {
                ErrorLog.record("saving an edit", e);
                failure = Failures.describe(e);
                reloadNeeded.set(true);
                failures.add(failure);
            }
            if (failure != null) {
                String message = failure;
                ui.execute(() -> unsaved(Msg.get("status.saveFailed", message)));
            }
            if (pending.decrementAndGet() == 0) {
                drained(id, seq, failure == null && !reloadNeeded.get());
            }
        });
    }

    /** The queue is empty: reload after a failure, and put the stored report into the history. */
    private void drained(long id, int seq, boolean clean) {
        if (reloadNeeded.get()) {
            try {
                Report fresh = store.load(id);
                ui.execute(() -> {
                    // only when no edit was made since: a newer write's own drain reloads again otherwise
                    if (issued == seq && report.get() != null && Objects.equals(report.get().getId(), id)) {
                        reloadNeeded.set(false);
                        template = TemplateLoader.forReport(fresh);
                        report.set(fresh);
                        changed();
                    }
                });
            } catch (RuntimeException e) {
                ErrorLog.record("reloading after a failed save", e);
                String message = Failures.describe(e);
                failures.add(message);
                ui.execute(() -> unsaved(Msg.get("status.saveFailed", message)));
            }
        }
        Optional<String> historyFailure = versions == null ? Optional.empty() : Snapshots.save(store, versions, id, versionNote());
        String at = LocalTime.now().format(TIME);
        ui.execute(() -> {
            if (historyFailure.isPresent()) {
                unsaved(historyFailure.get());
            }
            if (clean) {
                savedAt.set(Msg.get("status.savedAt", at));
            }
        });
    }

    /**
     * Replaces the whole content of the open report (restoring a saved version): in memory at once, then in the
     * store in one transaction, in order with the other writes. Callers wrap it in an {@link Edit} to undo it.
     */
    public void replaceContents(Report replacement) {
        long id = reportId();
        Report shown = juesuan.exchange.ReportJson.copy(replacement);
        shown.setId(id);
        Report toStore = juesuan.exchange.ReportJson.copy(replacement);
        template = TemplateLoader.forReport(shown);
        report.set(shown);
        changed();
        persist(s -> s.replaceContents(id, toStore));
    }

    /**
     * Runs work on the writer, after every write queued before it (a 定稿 must see the data as stored, with the last
     * edit in it), then puts the report as stored into the history. Completes with the work's result or failure.
     */
    public <T> CompletableFuture<T> afterSaves(java.util.function.Function<ReportStore, T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        long id = reportId();
        writer.execute(() -> {
            try {
                T result = work.apply(store);
                if (versions != null && store.list().stream().anyMatch(r -> r.reportId() == id)) { // (not a report just removed)
                    Snapshots.save(store, versions, id, "").ifPresent(m -> ui.execute(() -> unsaved(m)));
                }
                done.complete(result);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** How many writes are queued and not yet done. */
    public int pendingSaves() {
        return pending.get();
    }

    /**
     * Completes when every write queued so far has been done (with its history version), with the messages of the
     * saves that failed since the last call (empty when all reached the disk).
     */
    public CompletableFuture<List<String>> whenSaved() {
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        writer.execute(() -> {
            List<String> failed = new ArrayList<>();
            for (String f; (f = failures.poll()) != null; ) {
                failed.add(f);
            }
            done.complete(failed);
        });
        return done;
    }

    /** Waits until every pending write has reached the store and the writer has stopped (on exit): none is dropped. */
    public static void drain(ExecutorService writer) {
        writer.shutdown();
        boolean interrupted = false;
        while (!writer.isTerminated()) {
            try {
                writer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
