package vn.atr.ui.users;

import java.util.Arrays;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.ui.common.Dialogs;
import vn.atr.domain.access.Role;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Choice;

/**
 * The administrator's small forms: a new user (name, role, unit for commune staff, password twice), a new
 * password for an existing user, and another role for one (with a new password). The service's refusal (name taken, password too short, unit
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

    /**
     * A new user; {@code onSaved} runs after the service accepted it. In a store without users the first one is
     * its administrator: the role is fixed, and the recovery key is shown once when it is made.
     */
    static void add(AppContext context, Window owner, UsersViewModel model, Runnable onSaved) {
        boolean first = model.firstAdministrator();
        UserDialog d = new UserDialog(owner, Messages.get(first ? "users.firstHeader" : "users.addHeader"));
        TextField name = new TextField();
        name.setId("user-name");
        ComboBox<Role> role = roleBox();
        ComboBox<Choice> unit = unitBox(model, role);
        d.row(0, "users.name", name);
        d.row(1, "users.role", role);
        d.row(2, "users.unit", unit);
        if (first) {
            role.setValue(Role.ADMINISTRATOR);
            role.setDisable(true);
            Label note = new Label();
            note.setId("user-first-note");
            Dialogs.growWith(note, d.dialog.getDialogPane()); // whole, also once a refusal adds its lines
            note.setText(Messages.get("users.firstNote"));
            d.grid.add(note, 0, 6, 2, 1);
        }
        d.show(context, 3, secret -> first ? model.createFirstAdministrator(name.getText(), secret)
                : add(model, name, role, unit, secret), saved -> {
                    if (saved instanceof UsersViewModel.FirstAdministratorShown made) {
                        recoveryKey(owner, made);
                    }
                    onSaved.run();
                });
        name.requestFocus();
    }

    /** Another role (and unit) for {@code user}, with a new password: the role decides which keys it holds. */
    static void changeRole(AppContext context, Window owner, UsersViewModel model, vn.atr.domain.access.UserAccount user,
                           Runnable onSaved) {
        UserDialog d = new UserDialog(owner, Messages.get("users.roleHeader", user.name()));
        ComboBox<Role> role = roleBox();
        ComboBox<Choice> unit = unitBox(model, role);
        role.setValue(user.role());
        model.units().stream().filter(c -> c.code().equals(user.unitCode())).findFirst().ifPresent(unit::setValue);
        d.row(0, "users.role", role);
        d.row(1, "users.unit", unit);
        Label note = new Label();
        note.setId("user-role-note");
        Dialogs.growWith(note, d.dialog.getDialogPane());
        note.setText(Messages.get("users.roleNote"));
        d.grid.add(note, 0, 5, 2, 1);
        d.show(context, 2, secret -> {
            model.changeRole(user.name(), role.getValue(), unit.getValue(), secret);
            return Boolean.TRUE;
        }, saved -> {
            onSaved.run();
            Dialogs.info(owner, Messages.get("users.roleChanged", user.name(),
                    Messages.get("role." + role.getValue().name())), "user-role-changed");
        });
        role.requestFocus();
    }

    private static ComboBox<Role> roleBox() {
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
        return role;
    }

    /** The units, chosen only for commune staff. */
    private static ComboBox<Choice> unitBox(UsersViewModel model, ComboBox<Role> role) {
        ComboBox<Choice> unit = new ComboBox<>();
        unit.setId("user-unit");
        unit.getItems().setAll(model.units());
        vn.atr.ui.common.TypeToFind.install(unit);
        unit.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.COMMUNE_STAFF));
        return unit;
    }

    private static Object add(UsersViewModel model, TextField name, ComboBox<Role> role, ComboBox<Choice> unit,
                              char[] secret) {
        model.add(name.getText(), role.getValue(), unit.getValue(), secret);
        return Boolean.TRUE;
    }

    /** The recovery key, shown once, in a field the administrator can select and copy. */
    private static void recoveryKey(Window owner, UsersViewModel.FirstAdministratorShown first) {
        // all of it in sight, to be copied onto paper: a wrapped area in a fixed-width font
        javafx.scene.control.TextArea key = new javafx.scene.control.TextArea(first.recoveryKey());
        key.setId("user-recovery-key");
        key.setEditable(false);
        key.setWrapText(true);
        key.setPrefRowCount(2);
        key.setPrefColumnCount(36);
        key.setStyle("-fx-font-family: monospace; -fx-font-size: 15px;");
        Label said = new Label(first.said());
        said.setWrapText(true);
        said.setMaxWidth(520);
        Dialog<ButtonType> shown = new Dialog<>();
        if (owner != null) {
            shown.initOwner(owner);
        }
        shown.setTitle(Messages.get("app.title"));
        shown.setHeaderText(Messages.get("users.firstHeader"));
        shown.getDialogPane().setId("user-recovery");
        shown.getDialogPane().setContent(new javafx.scene.layout.VBox(10, said, key));
        shown.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("users.recoveryWritten"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        shown.show();
        key.requestFocus();
        key.selectAll();
    }

    /** A new password for {@code user} (the data key is re-wrapped by the service, nothing re-encrypted). */
    static void resetPassword(AppContext context, Window owner, UsersViewModel model, String user,
                              Runnable onSaved) {
        UserDialog d = new UserDialog(owner, Messages.get("users.resetHeader", user));
        d.show(context, 0, secret -> {
            model.changePassword(user, secret);
            return Boolean.TRUE;
        }, saved -> {
            onSaved.run();
            Dialogs.info(owner, Messages.get("users.passwordChanged", user), "user-password-changed");
        });
        d.password.requestFocus();
    }

    private void row(int index, String labelKey, javafx.scene.Node field) {
        Label caption = new Label(Messages.get(labelKey));
        caption.setLabelFor(field);
        caption.setMinWidth(Region.USE_PREF_SIZE); // the fields narrow, not the captions
        grid.addRow(index, caption, field);
    }

    private interface Save {
        Object with(char[] password);
    }

    private void show(AppContext context, int firstRow, Save save, java.util.function.Consumer<Object> onSaved) {
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
            context.tasks().run(() -> attempt(save, secret), outcome -> {
                okButton.setDisable(false);
                if (outcome.refusal() != null) {
                    error.setText(outcome.refusal());
                } else {
                    dialog.close();
                    onSaved.accept(outcome.saved());
                }
            });
        });
        dialog.show();
    }

    /** What the service returned, or its refusal. */
    private record Outcome(Object saved, String refusal) {
    }

    /** The service's answer; the password is cleared either way. */
    private static Outcome attempt(Save save, char[] secret) {
        try {
            return new Outcome(save.with(secret), null);
        } catch (AtrException refused) {
            return new Outcome(null, refused.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
