package juesuan.ui.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import juesuan.failure.Failures;
import juesuan.i18n.Msg;
import juesuan.ui.session.ReportSession;

/** 备份与恢复: the saved versions of the open report, and restoring one (undoable with 撤销). */
public final class BackupDialog {
    private static java.util.function.Function<Window, java.util.Optional<java.nio.file.Path>> chooser = owner -> {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(Msg.get("backup.fromFile"));
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Msg.get("backup.fileType"), "*.json"));
        java.io.File f = fc.showOpenDialog(owner);
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    };

    private BackupDialog() {
    }

    /** Replaces the file chooser (tests, which cannot drive the system's file dialog). */
    public static void useFileChooser(java.util.function.Function<Window, java.util.Optional<java.nio.file.Path>> choose) {
        chooser = choose;
    }

    public static Dialog<Void> show(Window owner, ReportSession session) {
        BackupViewModel vm = new BackupViewModel(session);
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Msg.get("backup.title"));
        dialog.setHeaderText(Msg.get("backup.header", session.report().unit().getName(), session.report().fiscalYear()));
        TableView<BackupViewModel.Row> table = new TableView<>();
        table.setId("backup-versions");
        table.getColumns().add(column(Msg.get("backup.time"), 170, BackupViewModel.Row::time));
        table.getColumns().add(column(Msg.get("backup.revision"), 80, BackupViewModel.Row::revision));
        table.getColumns().add(column(Msg.get("backup.state"), 110, r -> r.current() ? Msg.get("backup.current") : ""));
        table.getColumns().add(column(Msg.get("backup.note"), 150, BackupViewModel.Row::note));
        table.getColumns().add(column(Msg.get("backup.size"), 90, BackupViewModel.Row::size));
        table.getItems().setAll(vm.versions());
        table.setPrefSize(640, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Msg.get("backup.none")));
        Label message = new Label(Msg.get("backup.explain", vm.folder()));
        message.setId("backup-message");
        message.setWrapText(true);
        message.setMaxWidth(620);
        message.setPadding(new Insets(0, 4, 0, 4));
        Button restore = new Button(Msg.get("backup.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        // a restore says what it did, or why it did nothing, under the list
        java.util.function.Consumer<java.util.function.Supplier<String>> act = restoring -> {
            try {
                message.setText(restoring.get());
                message.getStyleClass().remove("status-error");
                table.getItems().setAll(vm.versions());
            } catch (RuntimeException ex) {
                message.setText(Failures.describe(ex));
                message.getStyleClass().add("status-error");
            }
        };
        restore.setOnAction(e -> act.accept(() -> vm.restore(table.getSelectionModel().getSelectedItem())));
        Button fromFile = new Button(Msg.get("backup.fromFile"));
        fromFile.setId("backup-from-file");
        fromFile.setOnAction(e -> chooser.apply(dialog.getDialogPane().getScene().getWindow())
                .ifPresent(file -> act.accept(() -> vm.restoreFile(file))));
        HBox actions = new HBox(8, restore, fromFile);
        // whole-database backups (before a load, a 定稿, an import, a schema upgrade): the open report as it was then
        javafx.scene.control.ComboBox<BackupViewModel.DatabaseBackup> backups = new javafx.scene.control.ComboBox<>();
        backups.setId("backup-database-list");
        backups.getItems().setAll(vm.databaseBackups());
        backups.setPromptText(Msg.get(backups.getItems().isEmpty() ? "backup.dbNone" : "backup.dbPick"));
        backups.setPrefWidth(360);
        Button fromBackup = new Button(Msg.get("backup.dbRestore"));
        fromBackup.setId("backup-database-restore");
        fromBackup.disableProperty().bind(backups.valueProperty().isNull());
        fromBackup.setOnAction(e -> {
            BackupViewModel.DatabaseBackup chosen = backups.getValue();
            message.setText(Msg.get("backup.dbRestoring", chosen.label()));
            vm.restoreFromDatabaseBackup(chosen).whenComplete((restored, failure) -> javafx.application.Platform.runLater(() -> {
                if (failure == null) {
                    message.setText(vm.showRestored(restored, chosen));
                    message.getStyleClass().remove("status-error");
                    table.getItems().setAll(vm.versions());
                    backups.getItems().setAll(vm.databaseBackups());
                } else {
                    message.setText(Failures.describe(failure.getCause() == null ? failure : failure.getCause()));
                    message.getStyleClass().add("status-error");
                }
            }));
        });
        Label dbTitle = new Label(Msg.get("backup.dbTitle"));
        dbTitle.getStyleClass().add("form-title");
        HBox dbActions = new HBox(8, backups, fromBackup);
        VBox box = new VBox(10, table, actions, dbTitle, dbActions, message);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("backup-dialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Msg.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.show();
        return dialog;
    }

    private static TableColumn<BackupViewModel.Row, String> column(String title, double width,
                                                                   java.util.function.Function<BackupViewModel.Row, String> value) {
        TableColumn<BackupViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
