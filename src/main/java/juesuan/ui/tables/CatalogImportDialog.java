package juesuan.ui.tables;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import juesuan.exchange.CatalogImport;
import juesuan.failure.Failures;
import juesuan.i18n.Msg;
import juesuan.ui.Dialogs;
import juesuan.ui.session.ReportSession;

/**
 * 导入科目表…: choose the bureau's list, read it in the background, show what it adds and renames, and store it for
 * the year only when the officer agrees. A refused list is told in one sentence; nothing changes.
 */
public final class CatalogImportDialog {
    private CatalogImportDialog() {
    }

    public static void show(Window owner, ReportSession session) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.get("catalogImport.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.get("catalogImport.filter"), "*.xlsx", "*.xls", "*.csv"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            read(owner, session, file.toPath());
        }
    }

    /** Reads a chosen list off the UI thread, then asks before applying it. */
    static void read(Window owner, ReportSession session, Path file) {
        CatalogImportViewModel vm = new CatalogImportViewModel(session);
        int year = session.report().fiscalYear();
        session.say(Msg.get("catalogImport.reading"));
        Task<CatalogImport.Plan> task = new Task<>() {
            @Override
            protected CatalogImport.Plan call() {
                return vm.plan(file);
            }
        };
        task.setOnSucceeded(e -> confirm(owner, session, vm, year, task.getValue()));
        task.setOnFailed(e -> {
            String message = Failures.describe(task.getException());
            session.warn(message);
            Dialogs.show(owner, Alert.AlertType.WARNING, Msg.get("catalogImport.title", year), message);
        });
        Thread t = new Thread(task, "catalog-import");
        t.setDaemon(true);
        t.start();
    }

    private static void confirm(Window owner, ReportSession session, CatalogImportViewModel vm, int year, CatalogImport.Plan plan) {
        if (!plan.changesSomething()) {
            String said = Msg.get("catalogImport.nothing", plan.file());
            session.say(said);
            Dialogs.show(owner, Alert.AlertType.INFORMATION, Msg.get("catalogImport.title", year), said);
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Msg.get("catalogImport.title", year));
        dialog.setHeaderText(Msg.get("catalogImport.title", year));
        TextArea text = new TextArea(plan.describe());
        text.setId("catalog-import-preview");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 320);
        dialog.getDialogPane().setContent(text);
        ButtonType apply = new ButtonType(Msg.get("catalogImport.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().filter(b -> b == apply).ifPresentOrElse(b -> vm.apply(plan),
                () -> session.say(Msg.get("catalogImport.cancelled")));
    }
}
