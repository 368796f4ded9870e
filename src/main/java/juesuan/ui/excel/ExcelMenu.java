package juesuan.ui.excel;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import juesuan.exchange.WorkbookImport;
import juesuan.failure.Failures;
import juesuan.i18n.Msg;
import juesuan.ui.Dialogs;
import juesuan.ui.session.ReportSession;

/**
 * The Excel menu of the table tabs: import this year's tables (preview, then apply), fill 上年决算数 from last
 * year's workbook, export. Reading runs in the background; a workbook without a 单位 line asks 元 or 万元.
 */
public final class ExcelMenu {
    private ExcelMenu() {
    }

    public static MenuButton create(ReportSession session, String id) {
        MenuButton menu = new MenuButton(Msg.get("excel.menu"));
        menu.setId(id);
        MenuItem importNow = new MenuItem(Msg.get("excel.import"));
        MenuItem importPrevious = new MenuItem(Msg.get("excel.importPrevious"));
        MenuItem export = new MenuItem(Msg.get("excel.export"));
        ExcelViewModel vm = new ExcelViewModel(session);
        importNow.setOnAction(e -> choose(menu.getScene().getWindow()).ifPresent(f ->
                read(menu.getScene().getWindow(), session, f, null, vm.mapping(), (unit, mapping) -> vm.plan(f, unit, mapping),
                        plan -> confirm(menu.getScene().getWindow(), plan.describe(), () -> vm.apply(plan), () -> cancelled(session, f)))));
        importPrevious.setOnAction(e -> choose(menu.getScene().getWindow()).ifPresent(f ->
                read(menu.getScene().getWindow(), session, f, null, vm.mapping(), (unit, mapping) -> vm.previousYear(f, unit, mapping),
                        result -> confirm(menu.getScene().getWindow(), Msg.get("excel.previousPreview", f.getFileName(),
                                result.filled(), String.join("\n", result.unmapped())), () -> vm.applyPrevious(result, f.getFileName().toString()),
                                () -> cancelled(session, f)))));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Msg.get("excel.export"));
            chooser.setInitialFileName(Msg.get("excel.fileName", session.report().unit().getName(), session.report().fiscalYear()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.get("excel.filter"), "*.xlsx"));
            File file = chooser.showSaveDialog(menu.getScene().getWindow());
            if (file != null) {
                try {
                    vm.export(file.toPath());
                    session.say(Msg.get("workbook.exported", file.getAbsolutePath()));
                } catch (java.io.IOException | RuntimeException ex) {
                    session.warn(Failures.describe(ex));
                }
            }
        });
        menu.getItems().addAll(importNow, importPrevious, export);
        return menu;
    }

    private static Optional<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.get("excel.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.get("excel.filterIn"), "*.xlsx", "*.xls"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /**
     * Reads in the background. When the workbook does not say its unit of amounts, or names a table or a column in
     * words the program does not know, asks the officer (元 or 万元; which sheet; which heading) and reads again with
     * the answer, which the import keeps for next year.
     */
    private static <T> void read(Window owner, ReportSession session, Path file, WorkbookImport.AmountUnit unit,
                                 WorkbookImport.Mapping mapping,
                                 java.util.function.BiFunction<WorkbookImport.AmountUnit, WorkbookImport.Mapping, T> reader,
                                 java.util.function.Consumer<T> then) {
        session.say(Msg.get("excel.reading", file.getFileName()));
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return reader.apply(unit, mapping);
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable ex = task.getException();
            if (ex instanceof WorkbookImport.UnitUnknown && unit == null) {
                choice(owner, ex.getMessage(), Msg.get("excel.askUnit"), java.util.List.of(Msg.get("workbook.wan"), Msg.get("workbook.yuan")))
                        .ifPresentOrElse(u -> read(owner, session, file,
                        u.equals(Msg.get("workbook.yuan")) ? WorkbookImport.AmountUnit.YUAN : WorkbookImport.AmountUnit.WAN, mapping, reader, then),
                        () -> cancelled(session, file));
                return;
            }
            if (ex instanceof WorkbookImport.TablesMissing missing && !missing.sheets().isEmpty()) {
                String table = missing.tables().get(0);
                String title = session.template().requireTable(table).number() + " " + session.template().requireTable(table).title();
                Optional<String> sheet = choice(owner, ex.getMessage(), Msg.get("excel.askSheet", title), missing.sheets());
                sheet.ifPresentOrElse(s -> read(owner, session, file, unit, mapping.withSheet(table, s), reader, then),
                        () -> cancelled(session, file));
                return;
            }
            if (ex instanceof WorkbookImport.ColumnUnknown col && !col.headings().isEmpty()) {
                String label = session.template().requireTable(col.table()).column(col.column()).map(c -> c.label()).orElse(col.column());
                Optional<String> heading = choice(owner, ex.getMessage(), Msg.get("excel.askColumn", label), col.headings());
                heading.ifPresentOrElse(h -> read(owner, session, file, unit, mapping.withColumn(col.table(), col.column(), h), reader, then),
                        () -> cancelled(session, file));
                return;
            }
            String message = Failures.describe(ex);
            session.warn(message);
            Dialogs.show(owner, Alert.AlertType.WARNING, Msg.get("excel.menu"), message);
        });
        Thread t = new Thread(task, "excel-import");
        t.setDaemon(true);
        t.start();
    }

    private static Optional<String> choice(Window owner, String header, String content, java.util.List<String> options) {
        ChoiceDialog<String> ask = new ChoiceDialog<>(options.get(0), options);
        ask.initOwner(owner);
        ask.setTitle(Msg.get("excel.menu"));
        ask.setHeaderText(header);
        ask.setContentText(content);
        // the buttons in Chinese whatever the system's language
        ask.getDialogPane().getButtonTypes().setAll(new ButtonType(Msg.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return ask.showAndWait();
    }

    /** The officer stopped an import half way: the status bar says nothing was changed (not "正在读取…"). */
    private static void cancelled(ReportSession session, Path file) {
        session.say(Msg.get("excel.cancelled", file.getFileName()));
    }

    private static void confirm(Window owner, String preview, Runnable apply, Runnable cancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Msg.get("excel.menu"));
        dialog.setHeaderText(Msg.get("excel.previewHeader"));
        TextArea text = new TextArea(preview);
        text.setId("excel-preview");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(600, 320);
        dialog.getDialogPane().setContent(text);
        ButtonType ok = new ButtonType(Msg.get("excel.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().filter(b -> b == ok).ifPresentOrElse(b -> apply.run(), cancel);
    }
}
