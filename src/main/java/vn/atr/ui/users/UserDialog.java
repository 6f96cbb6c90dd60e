package vn.atr.ui.users;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.ui.common.Dialogs;
import vn.atr.domain.access.Role;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Choice;

/**
 * The administrator's two small forms: a new user (name, role, unit for commune staff, password twice)
 * and a new password for an existing user. The service's refusal (name taken, password too short, unit
 * missing) is shown in the dialog, which stays open; passwords travel as characters and are cleared.
 */
final class UserDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label error = new Label();

    private UserDialog(Window owner, String header) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("app.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("user-dialog");
        grid.setHgap(8);
        grid.setVgap(8);
        password.setId("user-password");
        repeat.setId("user-password-repeat");
        error.setId("user-error");
        error.getStyleClass().add("field-error");
        Dialogs.growWith(error, dialog.getDialogPane());
    }

    /** A new user; {@code onSaved} runs after the service accepted it. */
    static void add(AppContext context, Window owner, UsersViewModel model, Runnable onSaved) {
        UserDialog d = new UserDialog(owner, Messages.get("users.addHeader"));
        TextField name = new TextField();
        name.setId("user-name");
        ComboBox<Role> role = new ComboBox<>();
        role.setId("user-role");
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : Messages.get("role." + r.name());
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        ComboBox<Choice> unit = new ComboBox<>();
        unit.setId("user-unit");
        unit.getItems().setAll(model.units());
        vn.atr.ui.common.TypeToFind.install(unit);
        unit.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.COMMUNE_STAFF));
        d.row(0, "users.name", name);
        d.row(1, "users.role", role);
        d.row(2, "users.unit", unit);
        d.show(context, 3, secret -> {
            model.add(name.getText(), role.getValue(), unit.getValue(), secret);
            return null;
        }, onSaved);
        name.requestFocus();
    }

    /** A new password for {@code user} (the data key is re-wrapped by the service, nothing re-encrypted). */
    static void resetPassword(AppContext context, Window owner, UsersViewModel model, String user,
                              Runnable onSaved) {
        UserDialog d = new UserDialog(owner, Messages.get("users.resetHeader", user));
        d.show(context, 0, secret -> {
            model.changePassword(user, secret);
            return null;
        }, onSaved);
        d.password.requestFocus();
    }

    private void row(int index, String labelKey, javafx.scene.Node field) {
        Label caption = new Label(Messages.get(labelKey));
        caption.setLabelFor(field);
        grid.addRow(index, caption, field);
    }

    private interface Save {
        Object with(char[] password);
    }

    private void show(AppContext context, int firstRow, Save save, Runnable onSaved) {
        row(firstRow, "users.password", password);
        row(firstRow + 1, "users.passwordRepeat", repeat);
        grid.add(error, 0, firstRow + 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Dialogs.okCancel(dialog.getDialogPane(), "action.save", "action.cancel",
                "user-save", "user-cancel", okButton -> {
            char[] secret = password.getCharacters().toString().toCharArray();
            char[] again = repeat.getCharacters().toString().toCharArray();
            password.clear();
            repeat.clear();
            boolean same = Arrays.equals(secret, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(secret, '\0');
                error.setText(Messages.get("users.passwordsDiffer"));
                return;
            }
            okButton.setDisable(true);
            context.tasks().run(() -> attempt(save, secret), refusal -> {
                okButton.setDisable(false);
                if (refusal.isPresent()) {
                    error.setText(refusal.get());
                } else {
                    dialog.close();
                    onSaved.run();
                }
            });
        });
        dialog.show();
    }

    /** Empty when the service accepted, else its refusal; the password is cleared either way. */
    private static Optional<String> attempt(Save save, char[] secret) {
        try {
            save.with(secret);
            return Optional.empty();
        } catch (AtrException refused) {
            return Optional.of(refused.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
