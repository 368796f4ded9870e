package juesuan.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import juesuan.i18n.Msg;
import juesuan.model.InputError;
import juesuan.store.ReportSummary;
import juesuan.ui.session.ReportSession;

/**
 * Asks for unit code, name and year of a new report, and which earlier report of the unit it starts from (the
 * latest one is proposed). Says at once when the year has no template of its own and an earlier one is used.
 */
public final class NewReportDialog {
    private NewReportDialog() {
    }

    /** Returns what was created. */
    public static Optional<NewReportViewModel.Created> show(Window owner, ReportSession session) {
        NewReportViewModel vm = new NewReportViewModel(session.store(), session.versions());
        Dialog<NewReportViewModel.Created> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Msg.get("new.title"));
        dialog.setHeaderText(Msg.get("new.header"));
        TextField code = new TextField(session.report() == null ? "" : session.report().unit().getCode());
        code.setId("new-code");
        TextField name = new TextField();
        name.setId("new-name");
        name.setPromptText(Msg.get("new.namePrompt"));
        TextField year = new TextField(session.report() == null ? "" : Integer.toString(session.report().fiscalYear() + 1));
        year.setId("new-year");
        ComboBox<Optional<ReportSummary>> source = new ComboBox<>();
        source.setId("new-source");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setCellFactory(l -> new SourceCell());
        source.setButtonCell(new SourceCell());
        Label notice = new Label();
        notice.setId("new-year-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(420);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label sourceHint = new Label();
        sourceHint.setId("new-source-hint");
        sourceHint.setWrapText(true);
        sourceHint.setMaxWidth(420);
        sourceHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sourceHint.getStyleClass().add("field-hint");
        source.valueProperty().addListener((o, a, b) -> sourceHint.setText(
                b == null ? "" : Msg.get(b.isPresent() ? "new.sourceHint" : "new.blankHint")));
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.getStyleClass().add("field-warning");
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the reports in the database, read once in the background; the list then follows the code and year typed
        java.util.List<ReportSummary> known = new java.util.ArrayList<>();
        Runnable refresh = () -> {
            source.getItems().setAll(Optional.empty());
            int y;
            try {
                y = Integer.parseInt(year.getText().strip());
            } catch (NumberFormatException e) {
                y = Integer.MAX_VALUE;
            }
            for (ReportSummary s : NewReportViewModel.sources(known, code.getText())) {
                if (s.fiscalYear() < y) {
                    source.getItems().add(Optional.of(s));
                }
            }
            // the latest earlier report is the natural start; a new unit starts blank
            source.getSelectionModel().select(source.getItems().size() > 1 ? 1 : 0);
            notice.setText(vm.yearNotice(year.getText()).orElse(""));
            // the dialog grows with a notice or a longer hint instead of cutting them off
            javafx.application.Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        };
        code.textProperty().addListener((o, a, b) -> refresh.run());
        year.textProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        javafx.concurrent.Task<java.util.List<ReportSummary>> listing = new javafx.concurrent.Task<>() {
            @Override
            protected java.util.List<ReportSummary> call() {
                return vm.all();
            }
        };
        listing.setOnSucceeded(e -> {
            known.addAll(listing.getValue());
            refresh.run();
        });
        Thread lister = new Thread(listing, "new-report-list");
        lister.setDaemon(true);
        lister.start();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Msg.get("unit.code")), code);
        grid.addRow(1, new Label(Msg.get("unit.name")), name);
        grid.addRow(2, new Label(Msg.get("new.year")), year);
        grid.add(notice, 1, 3);
        grid.addRow(4, new Label(Msg.get("new.source")), source);
        grid.add(sourceHint, 1, 5);
        grid.add(message, 0, 6, 2, 1);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setPrefWidth(420);
        grid.getColumnConstraints().addAll(labels, fields);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Msg.get("new.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        NewReportViewModel.Created[] created = new NewReportViewModel.Created[1];
        javafx.scene.Node okButton = dialog.getDialogPane().lookupButton(ok);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(20, 20);
        busy.setVisible(false);
        grid.add(busy, 0, 7);
        // the report is made (and, from last year's, rolled over) in the background; the dialog closes when it is stored
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (created[0] != null) {
                return; // made: this is the close that follows
            }
            e.consume();
            Long from = Optional.ofNullable(source.getValue()).flatMap(x -> x).map(ReportSummary::reportId).orElse(null);
            String c = code.getText();
            String n = name.getText();
            String y = year.getText();
            javafx.concurrent.Task<NewReportViewModel.Created> making = new javafx.concurrent.Task<>() {
                @Override
                protected NewReportViewModel.Created call() {
                    return vm.create(c, n, y, from);
                }
            };
            okButton.setDisable(true);
            busy.setVisible(true);
            message.setText("");
            making.setOnSucceeded(x -> {
                busy.setVisible(false);
                created[0] = making.getValue();
                okButton.setDisable(false);
                ((javafx.scene.control.Button) okButton).fire();
            });
            making.setOnFailed(x -> {
                busy.setVisible(false);
                okButton.setDisable(false);
                Throwable err = making.getException();
                message.setText(err instanceof InputError || err instanceof juesuan.failure.UserFailure ? err.getMessage()
                        : juesuan.failure.Failures.describe(err));
            });
            Thread t = new Thread(making, "new-report");
            t.setDaemon(true);
            t.start();
        });
        dialog.setResultConverter(b -> b == ok ? created[0] : null);
        return dialog.showAndWait();
    }

    /** "2023 年度报告（结转…）" or "不使用（空白报告…）". */
    private static final class SourceCell extends ListCell<Optional<ReportSummary>> {
        @Override
        protected void updateItem(Optional<ReportSummary> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.map(s -> Msg.get("new.sourceItem", s.fiscalYear())).orElse(Msg.get("new.sourceNone")));
        }
    }
}
