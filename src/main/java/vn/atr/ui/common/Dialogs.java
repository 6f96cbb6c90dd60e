package vn.atr.ui.common;


import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.atr.domain.Messages;

/** Confirmations with buttons named from the bundle (JavaFX has no Vietnamese button texts). */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks before something that cannot be taken back; the safe answer is the default. */
    public static Alert confirmation(Window owner, String message, String confirmKey) {
        return confirmation(owner, message, confirmKey, "action.cancel");
    }

    /** A confirmation whose "no" says what it does ("Tiếp tục sửa"), where "Hủy" could be read as the action. */
    public static Alert confirmation(Window owner, String message, String confirmKey, String noKey) {
        ButtonType yes = new ButtonType(Messages.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(null);
        Button yesButton = (Button) alert.getDialogPane().lookupButton(yes);
        yesButton.setId("confirm-yes");
        yesButton.setDefaultButton(false);
        Button noButton = (Button) alert.getDialogPane().lookupButton(no);
        noButton.setId("confirm-no");
        noButton.setDefaultButton(true);
        return alert;
    }

    /**
     * Gives {@code pane} an OK and a Cancel button named from the bundle, with the ids tests and
     * keyboard users rely on. OK runs {@code onOk} (given the OK button) instead of closing the dialog:
     * the form is checked first, and {@code onOk} closes the dialog itself once the input is accepted.
     */
    public static Button okCancel(DialogPane pane, String okKey, String cancelKey, String okId, String cancelId,
            Consumer<Button> onOk) {
        ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get(cancelKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(ok, cancel);
        Button okButton = (Button) pane.lookupButton(ok);
        okButton.setId(okId);
        pane.lookupButton(cancel).setId(cancelId);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            onOk.accept(okButton);
        });
        return okButton;
    }

    /**
     * Lets {@code message}, set once the dialog is open (a refusal), wrap at the width of the fields and grows
     * the dialog to show all its lines: a dialog keeps the size it opened with, which would cut the message.
     */
    public static void growWith(Label message, DialogPane pane) {
        message.setWrapText(true);
        message.setPrefWidth(0); // as wide as the fields, not as its text
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().addListener((o, old, text) -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                pane.getScene().getWindow().sizeToScene();
            }
        });
    }

    /** Shows the confirmation without blocking and runs {@code onYes} if confirmed. */
    public static void confirm(Window owner, String message, String confirmKey, Runnable onYes) {
        show(confirmation(owner, message, confirmKey), onYes);
    }

    /**
     * Asks before a form's typed values are thrown away: "Bỏ thay đổi" or "Tiếp tục sửa" (a "Hủy" there read as
     * cancelling the form, the very thing asked about).
     */
    /** As {@link #confirm(Window, String, String, Runnable)}, with a "no" that says what it does. */
    public static void confirm(Window owner, String message, String confirmKey, String noKey, Runnable onYes) {
        show(confirmation(owner, message, confirmKey, noKey), onYes);
    }

    public static void confirmDiscard(Window owner, Runnable onDiscard) {
        show(confirmation(owner, Messages.get("form.discard"), "action.discard", "action.keepEditing"), onDiscard);
    }

    private static void show(Alert alert, Runnable onYes) {
        alert.resultProperty().addListener((o, old, result) -> {
            if (result != null && result.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                onYes.run();
            }
        });
        alert.show();
    }

    /** The answers to {@link #saveDiscardOrStay}; a dialog closed otherwise counts as {@code STAY}. */
    public enum Unsaved { SAVE, DISCARD, STAY }

    /**
     * Asks, without blocking, what to do with edits not saved yet: save, discard, or stay (the default). The
     * buttons' ids are {@code <idPrefix>-save}, {@code -discard} and {@code -cancel}.
     */
    public static void saveDiscardOrStay(Window owner, String message, String idPrefix, Consumer<Unsaved> answer) {
        ButtonType save = new ButtonType(Messages.get("action.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("action.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, save, discard, stay);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(null);
        Button saveButton = (Button) alert.getDialogPane().lookupButton(save);
        saveButton.setId(idPrefix + "-save");
        saveButton.setDefaultButton(false);
        Button discardButton = (Button) alert.getDialogPane().lookupButton(discard);
        discardButton.setId(idPrefix + "-discard");
        discardButton.setDefaultButton(false);
        Button stayButton = (Button) alert.getDialogPane().lookupButton(stay);
        stayButton.setId(idPrefix + "-cancel");
        stayButton.setDefaultButton(true);
        alert.resultProperty().addListener((o, old, result) -> answer.accept(
                result == save ? Unsaved.SAVE : result == discard ? Unsaved.DISCARD : Unsaved.STAY));
        alert.show();
    }

    /** A short piece of news (a finished backup or restore), shown without blocking. */
    public static Alert info(Window owner, String message, String id) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message,
                new ButtonType(Messages.get("about.close"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        alert.show();
        return alert;
    }
}
