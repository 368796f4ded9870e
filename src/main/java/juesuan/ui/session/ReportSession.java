package juesuan.ui.session;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import juesuan.calculation.ReportFigures;
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
    private final Executor writer;
    private final Executor ui;
    private final EditHistory history = new EditHistory();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.info(""));
    private final ReadOnlyObjectWrapper<String> savedAt = new ReadOnlyObjectWrapper<>("");
    private YearTemplate template;
    private ReportFigures figures;

    /**
     * @param store  where changes go
     * @param writer runs store writes, in order (a single background thread in the app, direct in tests)
     * @param ui     runs status updates on the UI thread (Platform::runLater in the app, direct in tests)
     */
    public ReportSession(ReportStore store, Executor writer, Executor ui) {
        this.store = store;
        this.writer = writer;
        this.ui = ui;
    }

    /** A status bar message. */
    public record Status(String text, boolean error) {
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
        template = TemplateLoader.load(loaded.templateYear());
        report.set(loaded);
        history.clear();
        changed();
    }

    public ReportStore store() {
        return store;
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

    /**
     * Writes a change to the store in the background, in order with the others. The in-memory model has
     * already been changed; when the store refuses, the report is reloaded from the store so the screen shows
     * exactly what is stored, and the user is told.
     */
    public void persist(Consumer<ReportStore> write) {
        writer.execute(() -> {
            try {
                write.accept(store);
                String at = LocalTime.now().format(TIME);
                ui.execute(() -> savedAt.set(Msg.get("status.savedAt", at)));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    warn(Msg.get("status.saveFailed", e.getMessage()));
                    reloadFromStore();
                });
            }
        });
    }

    private void reloadFromStore() {
        Report fresh = store.load(reportId());
        template = TemplateLoader.load(fresh.templateYear());
        report.set(fresh);
        history.clear();
        changed();
    }

    /** Waits until every pending write has reached the store (on close). */
    public static void drain(ExecutorService writer) {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
