package juesuan.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import juesuan.i18n.Msg;

/** Messages that need the user's attention: a dialog with the Chinese sentence and one 确定 button, or a question. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Shows the message without blocking the caller; returns the dialog (tests read it). */
    public static Alert show(Window owner, Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", new ButtonType(Msg.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        dress(alert, owner, title, message, "message-dialog");
        alert.show();
        return alert;
    }

    /** The owner, the title as the heading, the sentence wrapped, an id for tests. */
    private static void dress(Alert alert, Window owner, String title, String message, String id) {
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("message-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(id);
    }

    /**
     * Asks a question and waits for the answer: true for {@code yes}, false for {@code no} (or the dialog closed).
     * The safe answer, {@code no}, is the default button.
     */
    public static boolean confirm(Window owner, String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType noButton = new ButtonType(no, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", noButton, yesButton);
        dress(alert, owner, title, message, "confirm-dialog");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(noButton)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == yesButton).isPresent();
    }
}
