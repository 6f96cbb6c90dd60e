package vn.atr.ui.backup;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.service.backup.BackupService.Credentials;

/**
 * A restore replaces every record, so on a store with users the service asks an administrator to log
 * in to it (RestoreGuard); this dialog collects that login before the restore starts on the task thread.
 */
public final class AdministratorLogin {
    private AdministratorLogin() {
    }

    public static Optional<Credentials> ask(Window owner, String user) {
        TextField name = new TextField(user == null ? "" : user);
        name.setId("restore-login-user");
        PasswordField password = new PasswordField();
        password.setId("restore-login-password");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("login.user")), name);
        grid.addRow(1, new Label(Messages.get("login.password")), password);
        ButtonType ok = new ButtonType(Messages.get("login.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("app.title"));
        dialog.setHeaderText(Messages.get("backupScreen.adminLogin"));
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setContent(grid);
        (user == null || user.isEmpty() ? name : password).requestFocus();
        return dialog.showAndWait().filter(ok::equals)
                .map(b -> new Credentials(name.getText().trim(), password.getText().toCharArray()));
    }
}
