package juesuan.ui.handover;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import juesuan.exchange.Finalization;
import juesuan.exchange.HandoverPackage;
import juesuan.failure.Failures;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.ui.Dialogs;

/**
 * The 定稿与交接 menu of the main window: 定稿, 解除定稿, export the package to a USB stick, load a package (also by
 * dropping it on the window), and 核验 a check code. Work that touches the database runs on the session's writer,
 * reading and writing files in the background; the window never waits.
 */
public final class HandoverMenu {
    private final HandoverViewModel vm;
    private final LongConsumer opened;
    private final MenuButton menu = new MenuButton(Msg.get("handover.menu"));

    /** @param opened opens a report by id after a load (and refreshes the list of reports) */
    public HandoverMenu(HandoverViewModel vm, LongConsumer opened) {
        this.vm = vm;
        this.opened = opened;
        menu.setId("handover-menu");
        MenuItem finalize = item("handover-finalize", "handover.finalize", this::finalizeDialog);
        MenuItem unlock = item("handover-unlock", "handover.unlock", this::unlockDialog);
        MenuItem export = item("handover-export", "handover.export", this::exportDialog);
        MenuItem load = item("handover-load", "handover.load", this::loadDialog);
        MenuItem verify = item("handover-verify", "handover.verify", this::verifyDialog);
        MenuItem tree = item("handover-tree", "handover.tree", this::treeDialog);
        menu.setOnShowing(e -> {
            finalize.setDisable(vm.isFinal());
            unlock.setDisable(!vm.isFinal());
        });
        menu.getItems().addAll(finalize, unlock, new SeparatorMenuItem(), export, load, tree, new SeparatorMenuItem(), verify);
    }

    /** 单位树与汇总: the year's unit tree and 汇总 of a node (the report made is opened). */
    public javafx.scene.control.Dialog<Void> treeDialog() {
        return juesuan.ui.consolidation.ConsolidationDialog.show(owner(), vm.session(), opened);
    }

    public MenuButton control() {
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem i = new MenuItem(Msg.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    /** A dialog's title: the menu item's words without the ellipsis that says a dialog follows. */
    private static String title(String key) {
        return Msg.get(key).replace("…", "").strip();
    }

    private Window owner() {
        return menu.getScene() == null ? null : menu.getScene().getWindow();
    }

    // ------------------------------------------------------------------ 定稿 and 解除定稿

    public void finalizeDialog() {
        String refusal = vm.finalizeRefusal();
        if (refusal != null) {
            vm.session().warn(refusal);
            Dialogs.show(owner(), Alert.AlertType.WARNING, title("handover.finalize"), refusal);
            return;
        }
        TextField name = new TextField(defaultName());
        name.setId("final-name");
        GridPane grid = form(Msg.get("final.explain"));
        grid.addRow(1, new Label(Msg.get("final.name")), name);
        grid.addRow(2, new Label(Msg.get("final.osUser")), new Label(Finalization.osUser()));
        ask(title("handover.finalize"), grid, Msg.get("final.confirm"), name, null).ifPresent(ok ->
                after(vm.finalizeReport(name.getText()), vm::applied));
    }

    public void unlockDialog() {
        TextField name = new TextField(defaultName());
        name.setId("unlock-name");
        TextArea reason = new TextArea();
        reason.setId("unlock-reason");
        reason.setPromptText(Msg.get("unlock.reasonHint"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        GridPane grid = form(Msg.get("unlock.explain"));
        grid.addRow(1, new Label(Msg.get("final.name")), name);
        grid.addRow(2, new Label(Msg.get("unlock.reason")), reason);
        ask(title("handover.unlock"), grid, Msg.get("unlock.confirm"), name, reason).ifPresent(ok ->
                after(vm.unlock(name.getText(), reason.getText()), vm::applied));
    }

    /** The name last used in the log, else the unit's contact person: typed once, offered again. */
    private String defaultName() {
        Report r = vm.session().report();
        return r.finalLog().isEmpty() ? r.unit().getContactPerson() : r.finalLog().getLast().person();
    }

    private static GridPane form(String explain) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 4, 4));
        Label text = new Label(explain);
        text.setWrapText(true);
        text.setMaxWidth(520);
        grid.add(text, 0, 0, 2, 1);
        return grid;
    }

    /** A dialog whose OK button stays off until the name (and the reason, when asked) is filled in. */
    private Optional<ButtonType> ask(String title, Node content, String okText, TextField name, TextArea reason) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner());
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("handover-dialog");
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("handover-ok");
        Runnable check = () -> okButton.setDisable(name.getText().isBlank() || reason != null && reason.getText().isBlank());
        name.textProperty().addListener((o, a, b) -> check.run());
        if (reason != null) {
            reason.textProperty().addListener((o, a, b) -> check.run());
        }
        check.run();
        return d.showAndWait().filter(b -> b == ok);
    }

    /** When work on the writer is done: the result on the UI thread, or its failure in the status bar and a dialog. */
    private <T> void after(CompletableFuture<T> work, Consumer<T> then) {
        work.whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                then.accept(result);
            } else {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String message = cause instanceof Finalization.FinalizationException ? cause.getMessage() : Failures.describe(cause);
                vm.session().warn(message);
                Dialogs.show(owner(), Alert.AlertType.WARNING, Msg.get("handover.menu"), message);
            }
        }));
    }

    // ------------------------------------------------------------------ export and load

    public void exportDialog() {
        Alert notice = new Alert(vm.isFinal() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "",
                new ButtonType(Msg.get("handover.chooseFolder"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        notice.initOwner(owner());
        notice.setTitle(title("handover.export"));
        notice.setHeaderText(title("handover.export"));
        Label text = new Label(vm.exportNotice());
        text.setWrapText(true);
        text.setMaxWidth(520);
        notice.getDialogPane().setContent(text);
        notice.getDialogPane().setId("export-notice");
        if (notice.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Msg.get("handover.chooseFolder"));
        File folder = chooser.showDialog(owner());
        if (folder != null) {
            exportTo(folder.toPath());
        }
    }

    /**
     * Writes the package into a folder in the background (also used by tests, without the folder dialog): the
     * report as stored, read after the queued saves, so the package holds exactly what the check code was made of.
     */
    public CompletableFuture<Path> exportTo(Path folder) {
        vm.session().say(Msg.get("handover.exporting", folder));
        CompletableFuture<Path> written = vm.stored().thenApplyAsync(stored -> HandoverViewModel.export(stored, folder));
        written.whenComplete((file, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                String message = Failures.describe(cause);
                vm.session().warn(message);
                Dialogs.show(owner(), Alert.AlertType.WARNING, title("handover.export"), message);
                return;
            }
            String said = Msg.get(vm.isFinal() ? "handover.exported" : "handover.exportedDraft", file);
            vm.session().say(said);
            Dialogs.show(owner(), Alert.AlertType.INFORMATION, title("handover.export"), said);
        }));
        return written;
    }

    public void loadDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title("handover.load"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.get("handover.fileType"),
                "*." + HandoverPackage.EXTENSION, "*.json"));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner());
        if (files != null && !files.isEmpty()) {
            load(files.stream().map(File::toPath).toList());
        }
    }

    /** One file as {@link #load(Path)}; several (a 主管部门's packages) read together, listed, and loaded together. */
    public void load(java.util.List<Path> files) {
        if (files.size() == 1) {
            load(files.getFirst());
        } else {
            loadMany(files);
        }
    }

    /**
     * Reads many files in the background with a progress bar, lists what each would do (new, replacing, identical,
     * refused and why), and loads those that change something when the officer agrees: one backup, one transaction.
     */
    public Task<BatchLoad.Checked> loadMany(java.util.List<Path> files) {
        vm.session().say(Msg.get("loadMany.readingStatus", files.size()));
        Dialog<Void> reading = new Dialog<>();
        reading.initOwner(owner());
        reading.setTitle(title("handover.load"));
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(0);
        bar.setPrefWidth(420);
        Label said = new Label();
        reading.getDialogPane().setContent(new VBox(8, said, bar));
        reading.getDialogPane().setId("load-many-reading");
        Task<BatchLoad.Checked> task = new Task<>() {
            {
                updateMessage(Msg.get("loadMany.reading", files.size(), 0)); // shown from the start, not once the first file is read
            }

            @Override
            protected BatchLoad.Checked call() {
                return vm.checkMany(files, n -> {
                    updateProgress(n, files.size());
                    updateMessage(Msg.get("loadMany.reading", files.size(), n));
                });
            }
        };
        bar.progressProperty().bind(task.progressProperty());
        said.textProperty().bind(task.messageProperty());
        reading.show();
        task.runningProperty().addListener((o, a, running) -> {
            if (!running) {
                // a dialog without buttons closes only when it has a cancel button: one is added to close it
                reading.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
                reading.close();
            }
        });
        return background("handover-load-many", task, this::confirmMany);
    }

    private void confirmMany(BatchLoad.Checked checked) {
        int toLoad = checked.changing().size();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner());
        d.setTitle(title("handover.load"));
        d.setHeaderText(HandoverViewModel.manySummary(checked));
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(HandoverViewModel.manyLines(checked)));
        list.setId("load-many-list");
        list.setPrefSize(680, 300);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true); // a refused file's reason is long: wrapped, never cut off at the side
                setPrefWidth(0);
                if (line != null && line.startsWith("✗")) {
                    getStyleClass().add("load-refused");
                } else {
                    getStyleClass().remove("load-refused");
                }
            }
        });
        Label notes = new Label(Msg.get("loadMany.notes"));
        notes.setWrapText(true);
        notes.setMaxWidth(680);
        d.getDialogPane().setContent(new VBox(8, list, notes));
        d.getDialogPane().setId("load-many-dialog");
        d.setResizable(true);
        ButtonType ok = new ButtonType(Msg.get("loadMany.loadNow", toLoad), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("load-many-ok");
        d.getDialogPane().lookupButton(ok).setDisable(toLoad == 0);
        if (d.showAndWait().filter(b -> b == ok).isEmpty()) {
            vm.session().say(Msg.get(toLoad == 0 ? "loadMany.nothing" : "loadMany.notLoaded"));
            return;
        }
        vm.session().say(Msg.get("loadMany.loading", toLoad));
        after(vm.loadMany(checked), loaded -> {
            String done = HandoverViewModel.manyDone(loaded);
            opened.accept(vm.session().reportId()); // the list of reports again, and the open report as it is now
            vm.session().say(done);
            Dialogs.show(owner(), loaded.historyFailures().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                    title("handover.load"), done);
            if (!loaded.reportIds().isEmpty()) {
                offerDemoRemoval(loaded.reportIds().getFirst());
            }
        });
    }

    /**
     * After a load: when the database still holds the demo unit as shipped beside the units received, asks whether to
     * remove it (a database that receives packages has no use for it); the report {@code open} is shown if the demo was
     * the one on screen.
     */
    private void offerDemoRemoval(long open) {
        after(vm.untouchedDemo(), demo -> demo.ifPresent(id -> {
            if (!Dialogs.confirm(owner(), Msg.get("demo.removeTitle"), Msg.get("demo.removeQuestion", juesuan.exchange.DemoReport.UNIT_CODE),
                    Msg.get("demo.remove"), Msg.get("demo.keep"))) {
                return;
            }
            after(vm.removeDemo(id), done -> {
                // the report list again, and a report that exists on screen: the one loaded if the demo was shown
                opened.accept(vm.session().reportId() == id ? open : vm.session().reportId());
                vm.session().say(Msg.get("demo.removed", juesuan.exchange.DemoReport.UNIT_CODE));
            });
        }));
    }

    /** Whether a dropped file is one this menu loads. */
    public static boolean loadable(File f) {
        String n = f.getName().toLowerCase(java.util.Locale.ROOT);
        return f.isFile() && (n.endsWith("." + HandoverPackage.EXTENSION) || n.endsWith(".json"));
    }

    /** Reads a file in the background, shows what loading it changes, and loads it when the officer agrees. */
    public Task<Handover.Plan> load(Path file) {
        vm.session().say(Msg.get("handover.reading", file.getFileName()));
        return background("handover-load", new Task<>() {
            @Override
            protected Handover.Plan call() {
                return vm.plan(file);
            }
        }, plan -> {
            Dialog<ButtonType> d = new Dialog<>();
            d.initOwner(owner());
            d.setTitle(title("handover.load"));
            d.setHeaderText(plan.summary());
            TextArea changes = new TextArea(plan.changes().isEmpty() ? Msg.get("handover.noChanges")
                    : String.join("\n", plan.changes()));
            changes.setId("load-changes");
            changes.setEditable(false);
            changes.setWrapText(true);
            changes.setPrefSize(620, 260);
            Label backup = new Label(Msg.get("handover.loadBackup"));
            backup.setWrapText(true);
            d.getDialogPane().setContent(new VBox(8, changes, backup));
            d.getDialogPane().setId("load-dialog");
            ButtonType ok = new ButtonType(Msg.get("handover.loadNow"), ButtonBar.ButtonData.OK_DONE);
            d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            d.getDialogPane().lookupButton(ok).setId("load-ok");
            if (d.showAndWait().filter(b -> b == ok).isEmpty()) {
                vm.session().say(Msg.get("handover.notLoaded", file.getFileName()));
            } else {
                after(vm.load(plan), loaded -> {
                    opened.accept(loaded.reportId());
                    vm.session().say(Msg.get("handover.loaded", plan.incoming().unit().getName(), plan.incoming().fiscalYear(),
                            loaded.backup()));
                    offerDemoRemoval(loaded.reportId());
                });
            }
        });
    }

    private <T> Task<T> background(String name, Task<T> task, Consumer<T> then) {
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> {
            String message = Failures.describe(task.getException());
            vm.session().warn(message);
            Dialogs.show(owner(), Alert.AlertType.WARNING, Msg.get("handover.menu"), message);
        });
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    // ------------------------------------------------------------------ 核验

    public void verifyDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner());
        d.setTitle(title("handover.verify"));
        d.setHeaderText(Msg.get("verify.header", vm.session().report().unit().getName(), vm.session().report().fiscalYear()));
        TextField code = new TextField();
        code.setId("verify-code");
        code.setPromptText("XXXX-XXXX-XXXX-XXXX");
        code.setPrefColumnCount(22);
        Label result = new Label();
        result.setId("verify-result");
        result.setWrapText(true);
        result.setPrefWidth(560);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole verdict, wrapped, never cut off
        Button check = new Button(Msg.get("verify.check"));
        check.setId("verify-check");
        check.setDefaultButton(true);
        check.setOnAction(e -> show(d, result, vm.verify(code.getText())));
        Button scan = new Button(Msg.get("verify.fromImage"));
        scan.setId("verify-image");
        scan.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Msg.get("verify.fromImage"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.get("verify.imageType"), "*.png", "*.jpg", "*.jpeg", "*.bmp"));
            File image = chooser.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (image != null) {
                background("verify-image", new Task<Finalization.Verdict>() {
                    @Override
                    protected Finalization.Verdict call() {
                        return vm.verifyImage(image.toPath());
                    }
                }, v -> show(d, result, v));
            }
        });
        VBox box = new VBox(10, new Label(Msg.get("verify.explain")), new HBox(8, code, check, scan), result);
        box.setPadding(new Insets(8, 4, 4, 4));
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("verify-dialog");
        d.getDialogPane().getButtonTypes().add(new ButtonType(Msg.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        d.show();
        Platform.runLater(code::requestFocus);
    }

    /** Shows a verdict; the dialog grows to hold it whole, its 关闭 button included. */
    private static void show(Dialog<?> d, Label result, Finalization.Verdict v) {
        result.setText(v.message());
        result.getStyleClass().removeAll("verify-match", "verify-mismatch");
        result.getStyleClass().add(v.matches() ? "verify-match" : "verify-mismatch");
        Platform.runLater(() -> {
            javafx.stage.Window w = d.getDialogPane().getScene() == null ? null : d.getDialogPane().getScene().getWindow();
            if (w != null) {
                w.sizeToScene();
            }
        });
    }
}
