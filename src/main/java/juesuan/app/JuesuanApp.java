package juesuan.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import juesuan.failure.ErrorLog;
import juesuan.failure.Failures;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;
import juesuan.ui.Dialogs;
import juesuan.model.Report;
import juesuan.store.ReportSummary;
import juesuan.ui.MainWindow;
import juesuan.ui.session.ReportSession;

/** The JavaFX application: opens the database in the background, then shows the main window. */
public final class JuesuanApp extends Application {
    /** The single-window lock of this start, when {@link Main} took it (tests start the app without it). */
    static volatile SingleInstance instance;
    /** The database being opened since {@link Main} started, before the window toolkit was up (null: open it here). */
    static volatile java.util.concurrent.CompletableFuture<Workspace> early;

    private Workspace workspace;
    private ExecutorService writer;
    private ReportSession session;
    private boolean closing;
    private MainWindow mainWindow;

    @Override
    public void start(Stage stage) {
        // JavaFX's own words (a text field's 撤销/剪切/复制 menu, 确定/取消 buttons) in Chinese whatever the system's locale
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = DataDirectory.databaseFile(option(getParameters().getRaw(), "--db"));
        ProgressIndicator spinner = new ProgressIndicator();
        Label loading = new Label(Msg.get("app.loading", file));
        loading.setWrapText(true);
        VBox splash = new VBox(16, spinner, loading);
        splash.setStyle("-fx-alignment: center; -fx-padding: 40;");
        // sized to the screen's usable area (taskbar excluded, display scaling applied), or where it was left
        javafx.geometry.Rectangle2D bounds = javafx.stage.Screen.getPrimary().getVisualBounds();
        Path placementFile = WindowPlacement.file(file);
        WindowPlacement place = WindowPlacement.initial(new WindowPlacement.Area(bounds.getMinX(), bounds.getMinY(),
                bounds.getWidth(), bounds.getHeight()), WindowPlacement.read(placementFile));
        Scene scene = new Scene(splash, place.width(), place.height());
        scene.getStylesheets().add(JuesuanApp.class.getResource("/juesuan/ui/app.css").toExternalForm());
        stage.setTitle(Msg.get("app.title"));
        stage.setScene(scene);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setMaximized(place.maximized());
        // with the launcher's picture on screen the window appears once it is ready; else its loading screen shows now
        if (!Splash.showing()) {
            stage.show();
            afterNextFrame(scene, StartupTrace.FRAME, () -> { });
        }
        List<Path> toOpen = new java.util.ArrayList<>(Main.filesToOpen(getParameters().getRaw().toArray(String[]::new)));
        if (instance != null) {
            // a later start's files: bring this window to the front and load them (after the report is open)
            instance.receive(files -> Platform.runLater(() -> {
                StartupTrace.mark(StartupTrace.HANDED_OVER);
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
                if (mainWindow == null) {
                    toOpen.addAll(files);
                } else {
                    mainWindow.openFiles(List.copyOf(files));
                }
            }));
        }

        Task<Report> open = new Task<>() {
            @Override
            protected Report call() {
                workspace = opened(file);
                List<ReportSummary> reports = workspace.store().list();
                if (reports.isEmpty()) {
                    throw new UserFailure(String.join(System.lineSeparator(), workspace.notices()));
                }
                return workspace.store().load(LastReport.choose(file, reports).orElseThrow().reportId());
            }
        };
        open.setOnSucceeded(e -> {
            StartupTrace.mark(StartupTrace.OPENED);
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "store-writer");
                t.setDaemon(false);
                return t;
            });
            session = new ReportSession(workspace.store(), workspace.history(), writer, Platform::runLater);
            session.show(open.getValue());
            MainWindow window = new MainWindow(session, workspace.file().toString());
            window.setAuditDivider(place.auditDivider());
            window.setAuditCollapsed(place.auditCollapsed());
            mainWindow = window;
            scene.setRoot(window);
            stage.setTitle(Msg.get("app.windowTitle", open.getValue().unit().getName(), open.getValue().fiscalYear()));
            session.reportProperty().addListener((o, a, b) ->
                    stage.setTitle(Msg.get("app.windowTitle", b.unit().getName(), b.fiscalYear())));
            session.say(Msg.get("main.opened", open.getValue().unit().getName(), open.getValue().fiscalYear()));
            if (!workspace.notices().isEmpty()) {
                Dialogs.show(stage, Alert.AlertType.WARNING, Msg.get("recovery.title"),
                        String.join(System.lineSeparator(), workspace.notices()));
            }
            StartupTrace.mark(StartupTrace.BUILT);
            stage.show();
            // the document code warms up once the window is on screen, not while it is being laid out
            afterNextFrame(scene, StartupTrace.READY, () -> {
                Splash.close();
                if (StartupTrace.training()) {
                    Platform.exit(); // the start-up cache holds what the start needs, no more
                    return;
                }
                Thread warm = juesuan.report.DocumentBuilder.warmUp();
                Thread.ofPlatform().daemon().name("warm-up-trace").start(() -> {
                    try {
                        warm.join();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    StartupTrace.mark(StartupTrace.WARM);
                });
            });
            window.openFiles(List.copyOf(toOpen));
            toOpen.clear();
        });
        open.setOnFailed(e -> {
            stage.show();
            Splash.close();
            spinner.setVisible(false);
            String message = describe(open.getException(), file);
            loading.setText(message);
            loading.getStyleClass().add("status-error");
            Dialogs.show(stage, Alert.AlertType.ERROR, Msg.get("app.openFailedTitle"), message);
        });
        stage.setOnCloseRequest(e -> {
            if (!closing) {
                javafx.geometry.Rectangle2D now = javafx.stage.Screen.getPrimary().getVisualBounds();
                new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                        mainWindow == null ? place.auditDivider() : mainWindow.auditDivider(),
                        mainWindow == null ? place.auditCollapsed() : mainWindow.auditCollapsed(),
                        now.getWidth(), now.getHeight()).write(placementFile);
                if (session != null && session.report() != null) {
                    LastReport.write(file, session.report().unit().getCode(), session.report().fiscalYear());
                }
            }
            if (session == null || closing) {
                return;
            }
            // what is still in an editor is committed first; a value that cannot be taken is not dropped unasked
            String refused = mainWindow == null ? null : mainWindow.commitPendingEdits();
            if (refused != null && !Dialogs.confirm(stage, Msg.get("app.pendingTitle"), Msg.get("app.pendingRefusedClose", refused),
                    Msg.get("app.pendingDiscard"), Msg.get("app.pendingBack"))) {
                e.consume();
                return;
            }
            // wait for every queued save (and its history version) before the window goes; say so if one failed
            e.consume();
            closing = true;
            session.say(Msg.get("app.savingBeforeClose"));
            scene.getRoot().setDisable(true);
            session.whenSaved().thenAccept(failed -> Platform.runLater(() -> {
                if (!failed.isEmpty()) {
                    Dialogs.show(stage, Alert.AlertType.ERROR, Msg.get("app.closeSaveFailedTitle"),
                            Msg.get("app.closeSaveFailed", String.join(System.lineSeparator(), failed)));
                }
                stage.close();
            }));
        });
        Thread t = new Thread(open, "open-database");
        t.setDaemon(true);
        t.start();
    }

    /** Notes a start-up milestone once the scene has been laid out for its next frame, then runs {@code then}. */
    private static void afterNextFrame(Scene scene, String milestone, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            StartupTrace.mark(milestone);
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Starts opening the database on a thread of its own. */
    static java.util.concurrent.CompletableFuture<Workspace> openInBackground(Path file) {
        java.util.concurrent.CompletableFuture<Workspace> f = new java.util.concurrent.CompletableFuture<>();
        Thread.ofPlatform().daemon().name("open-database-early").start(() -> {
            try {
                f.complete(Workspace.open(file));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** The workspace of {@code file}: the one {@link Main} started opening, or opened now. */
    private static Workspace opened(Path file) {
        java.util.concurrent.CompletableFuture<Workspace> f = early;
        early = null;
        if (f == null) {
            return Workspace.open(file);
        }
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** When the window could not start: lets the early open finish (a new database is never left half-made) and closes it. */
    static void closeEarly() {
        java.util.concurrent.CompletableFuture<Workspace> f = early;
        early = null;
        if (f != null) {
            try {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS).close();
            } catch (Exception e) {
                ErrorLog.record("closing the database after a failed start", e);
            }
        }
    }

    static String describe(Throwable e, Path file) {
        ErrorLog.record("opening " + file, e);
        String sentence = Failures.describe(e);
        // most sentences already name the database file; the others get it in front
        return sentence.contains(file.getFileName().toString()) ? sentence : Msg.get("app.openFailed", file, sentence);
    }

    static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (instance != null) {
            instance.close();
        }
        if (writer != null) {
            ReportSession.drain(writer);
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
