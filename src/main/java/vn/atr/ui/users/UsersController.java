package vn.atr.ui.users;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.AdminColumns;

/**
 * The administrator's users: list (role, unit, state), add, reset a password, disable. The screen is
 * only offered to the administrator; {@code UserService} refuses everyone else in any case.
 */
public final class UsersController implements Refreshable {
    private final AppContext context;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private List<Choice> units = List.of();

    @FXML private TableView<UserAccount> table;
    @FXML private Button resetButton;
    @FXML private Button disableButton;
    @FXML private Label roleInfo;

    public UsersController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        AdminColumns.text(table, "users.name", UserAccount::name);
        AdminColumns.text(table, "users.role", u -> Messages.get("role." + u.role().name()));
        AdminColumns.text(table, "users.unit", u -> u.unitCode() == null ? "" : u.unitCode());
        AdminColumns.text(table, "users.state", UsersController::state);
        AdminColumns.text(table, "users.created", u -> VnFormats.dateTime(u.createdAt()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        table.setItems(users);
        var selected = table.getSelectionModel().selectedItemProperty();
        resetButton.disableProperty().bind(selected.isNull());
        disableButton.disableProperty().bind(selected.isNull());
        selected.addListener((o, old, u) -> roleInfo.setText(u == null ? "" : describe(u.role())));
        refresh();
    }

    @Override
    public void refresh() {
        context.tasks().run(() -> context.services().users().list(), users::setAll);
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()).units(), u -> units = u);
    }

    @FXML
    private void add() {
        UserDialog.add(context, table.getScene().getWindow(), units, this::refresh);
    }

    @FXML
    private void resetPassword() {
        UserAccount u = table.getSelectionModel().getSelectedItem();
        if (u != null) {
            UserDialog.resetPassword(context, table.getScene().getWindow(), u.name(), this::refresh);
        }
    }

    @FXML
    private void disable() {
        UserAccount u = table.getSelectionModel().getSelectedItem();
        if (u != null) {
            Dialogs.confirm(table.getScene().getWindow(), Messages.get("users.disableConfirm", u.name()),
                    "users.disable", () -> context.tasks().run(() -> {
                        context.services().users().disable(u.name());
                        return u;
                    }, x -> refresh()));
        }
    }

    private static String state(UserAccount u) {
        if (u.disabled()) {
            return Messages.get("users.stateDisabled");
        }
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(java.time.Instant.now())) {
            return Messages.get("users.stateLocked", VnFormats.dateTime(u.lockedUntil()));
        }
        return Messages.get("users.stateActive");
    }

    /** "Role: compiler. May: ..." from the one permission table ({@link Permission#of(Role)}). */
    static String describe(Role role) {
        String may = Permission.of(role).stream().map(p -> Messages.get("permission." + p.name()))
                .collect(Collectors.joining(", "));
        return Messages.get("users.roleInfo", Messages.get("role." + role.name()), may);
    }
}
