package juesuan.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import juesuan.i18n.Msg;
import juesuan.model.InputError;
import juesuan.ui.session.ReportSession;

/** Asks for unit code, name and year of a new report. */
public final class NewReportDialog {
    private NewReportDialog() {
    }

    /** Returns the id of the created report. */
    public static Optional<Long> show(Window owner, ReportSession session) {
        NewReportViewModel vm = new NewReportViewModel(session.store(), session.versions());
        Dialog<Long> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Msg.get("new.title"));
        dialog.setHeaderText(Msg.get("new.header"));
        TextField code = new TextField(session.report() == null ? "" : session.report().unit().getCode());
        TextField name = new TextField();
        name.setPromptText(Msg.get("new.namePrompt"));
        TextField year = new TextField(session.report() == null ? "" : Integer.toString(session.report().fiscalYear() + 1));
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Msg.get("unit.code")), code);
        grid.addRow(1, new Label(Msg.get("unit.name")), name);
        grid.addRow(2, new Label(Msg.get("new.year")), year);
        grid.add(message, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Msg.get("new.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Long[] created = new Long[1];
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                created[0] = vm.create(code.getText(), name.getText(), year.getText());
            } catch (InputError | juesuan.failure.UserFailure err) {
                message.setText(err.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? created[0] : null);
        return dialog.showAndWait();
    }
}
