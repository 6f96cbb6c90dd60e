package vn.atr.ui.login;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.shell.AppContext;

/**
 * Asked before the main window on a store that has users. The slow password check runs as a
 * background task; a refusal (wrong password, locked, disabled) is shown in the dialog, the password
 * field is emptied, and the attempt is in the audit log (the service writes it). The password is
 * read as characters and cleared after the attempt; it is never turned into a String.
 */
public final class LoginDialog {
    private LoginDialog() {
    }

    /** Shows the dialog; {@code onLoggedIn} runs on the FX thread after a successful login, {@code onCancel} otherwise. */
    public static Dialog<ButtonType> show(AppContext context, Window owner, Runnable onLoggedIn, Runnable onCancel) {
        return show(context, owner, null, onLoggedIn, onCancel);
    }

    /** {@code lockedUser}: the idle lock asks this user only (the screens keep their unsaved input for them). */
    static Dialog<ButtonType> show(AppContext context, Window owner, String lockedUser, Runnable onLoggedIn,
                                   Runnable onCancel) {
        TextField user = new TextField();
        user.setId("login-user");
        if (lockedUser != null) {
            user.setText(lockedUser);
            user.setEditable(false);
        }
        PasswordField password = new PasswordField();
        password.setId("login-password");
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("field-error");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("login.user")), user);
        grid.addRow(1, new Label(Messages.get("login.password")), password);
        // which store asks: a Department's PC may hold a ward's file and its own, or a server's address
        Label store = new Label(context.storeText());
        store.setId("login-store");
        store.getStyleClass().add("text-muted");
        store.setWrapText(true);
        store.setMaxWidth(420);
        grid.add(store, 0, 2, 2, 1);
        grid.add(error, 0, 3, 2, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("app.title"));
        dialog.setHeaderText(Messages.get(lockedUser == null ? "login.header" : "login.lockedHeader"));
        dialog.getDialogPane().setId("login");
        // at start it has no owner to take the app's look from: without it the refusal showed in plain black
        dialog.getDialogPane().getStylesheets().add(vn.atr.ui.common.Styles.stylesheet());
        dialog.getDialogPane().setContent(grid);
        Dialogs.growWith(error, dialog.getDialogPane());
        Dialogs.okCancel(dialog.getDialogPane(), "login.ok", "action.cancel",
                "login-ok", "login-cancel", okButton -> {
            String name = user.getText().strip();
            char[] secret = password.getCharacters().toString().toCharArray();
            password.clear();
            okButton.setDisable(true);
            error.setText("");
            context.tasks().run(() -> attempt(context, name, secret), refusal -> {
                okButton.setDisable(false);
                if (refusal.isPresent()) {
                    error.setText(refusal.get());
                    password.requestFocus();
                } else {
                    dialog.close();
                    onLoggedIn.run();
                }
            });
        });
        dialog.setOnCloseRequest(e -> {
            if (!context.services().session().isLoggedIn()) {
                onCancel.run();
            }
        });
        dialog.show();
        if (lockedUser == null) {
            user.requestFocus();
        } else {
            password.requestFocus();
        }
        return dialog;
    }

    /** Empty when logged in, else the refusal's message. */
    private static Optional<String> attempt(AppContext context, String name, char[] password) {
        try {
            context.services().auth().login(name, password);
            return Optional.empty();
        } catch (AtrException refused) {
            return Optional.of(refused.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
