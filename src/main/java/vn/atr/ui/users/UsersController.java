package vn.atr.ui.users;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.UserAccount;
import vn.atr.ui.common.AdminColumns;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.shell.AppContext;

/** The administrator's users: list, add, reset a password, change a role, disable. Binds only. */
public final class UsersController implements Refreshable {
    private final AppContext context;
    private final UsersViewModel model;

    @FXML private TableView<UserAccount> table;
    @FXML private Button resetButton;
    @FXML private Button roleButton;
    @FXML private Button disableButton;
    @FXML private Button enableButton;
    @FXML private Button confirmButton;
    @FXML private Label roleInfo;
    @FXML private Label signingNote;

    public UsersController(AppContext context) {
        this.context = context;
        this.model = new UsersViewModel(context);
    }

    @FXML
    private void initialize() {
        AdminColumns.text(table, "users.name", UserAccount::name);
        AdminColumns.text(table, "users.role", u -> Messages.get("role." + u.role().name()));
        AdminColumns.text(table, "users.unit", model::unitName);
        AdminColumns.text(table, "users.state", model::state);
        AdminColumns.text(table, "users.created", u -> VnFormats.dateTime(u.createdAt()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(Messages.get(model.firstAdministrator() ? "users.emptyFirst" : "list.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(480);
        table.setPlaceholder(empty);
        table.setItems(model.users());
        var selected = table.getSelectionModel().selectedItemProperty();
        model.selected().bind(selected);
        resetButton.disableProperty().bind(selected.isNull());
        roleButton.disableProperty().bind(selected.isNull());
        disableButton.disableProperty().bind(model.canDisable().not());
        enableButton.disableProperty().bind(model.canEnable().not());
        confirmButton.disableProperty().bind(model.canConfirm().not());
        roleInfo.textProperty().bind(model.roleInfo());
        signingNote.textProperty().bind(model.signingNote());
        signingNote.visibleProperty().bind(model.signingNote().isNotEmpty());
        signingNote.managedProperty().bind(signingNote.visibleProperty());
        model.refresh();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @FXML
    private void add() {
        UserDialog.add(context, table.getScene().getWindow(), model, model::refresh);
    }

    @FXML
    private void resetPassword() {
        UserAccount u = model.selected().get();
        if (u != null) {
            UserDialog.resetPassword(context, table.getScene().getWindow(), model, u.name(), model::refresh);
        }
    }

    @FXML
    private void changeRole() {
        UserAccount u = model.selected().get();
        if (u != null) {
            UserDialog.changeRole(context, table.getScene().getWindow(), model, u, model::refresh);
        }
    }

    @FXML
    private void disable() {
        UserAccount u = model.selected().get();
        if (u != null) {
            Dialogs.confirm(table.getScene().getWindow(), Messages.get("users.disableConfirm", u.name()),
                    "users.disable", () -> model.disable(u));
        }
    }

    @FXML
    private void enable() {
        UserAccount u = model.selected().get();
        if (u != null) {
            model.enable(u);
        }
    }

    @FXML
    private void confirmAccount() {
        UserAccount u = model.selected().get();
        if (u != null) {
            Dialogs.confirm(table.getScene().getWindow(), UsersViewModel.confirmQuestion(u), "users.confirm",
                    () -> model.confirm(u));
        }
    }
}
