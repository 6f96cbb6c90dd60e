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
    /** Accounts changed outside ATR, waiting for the administrator's confirmation (ADR 0086). */
    private java.util.Set<String> unconfirmed = java.util.Set.of();

    @FXML private TableView<UserAccount> table;
    @FXML private Button resetButton;
    @FXML private Button disableButton;
    @FXML private Button enableButton;
    @FXML private Button confirmButton;
    @FXML private Label roleInfo;

    public UsersController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        AdminColumns.text(table, "users.name", UserAccount::name);
        AdminColumns.text(table, "users.role", u -> Messages.get("role." + u.role().name()));
        AdminColumns.text(table, "users.unit", u -> u.unitCode() == null ? "" : u.unitCode());
        AdminColumns.text(table, "users.state", this::state);
        AdminColumns.text(table, "users.created", u -> VnFormats.dateTime(u.createdAt()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("list.empty")));
        table.setItems(users);
        var selected = table.getSelectionModel().selectedItemProperty();
        resetButton.disableProperty().bind(selected.isNull());
        disableButton.disableProperty().bind(selected.isNull());
        enableButton.disableProperty().bind(selected.isNull());
        confirmButton.disableProperty().bind(selected.isNull());
        selected.addListener((o, old, u) -> roleInfo.setText(u == null ? "" : describe(u.role())));
        refresh();
    }

    @Override
    public void refresh() {
        context.tasks().run(() -> {
            var found = java.util.Set.copyOf(context.services().users().needingConfirmation());
            return java.util.Map.entry(found, context.services().users().list());
        }, listed -> {
            unconfirmed = listed.getKey();
            users.setAll(listed.getValue());
        });
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
                    "users.disable", () -> onSelected(name -> context.services().users().disable(name)));
        }
    }

    @FXML
    private void enable() {
        onSelected(name -> context.services().users().enable(name));
    }

    /** Accepts an account changed outside ATR as it now stands, after the administrator checked it. */
    @FXML
    private void confirmAccount() {
        UserAccount u = table.getSelectionModel().getSelectedItem();
        if (u != null) {
            Dialogs.confirm(table.getScene().getWindow(), Messages.get("users.confirmQuestion", u.name(),
                    Messages.get("role." + u.role().name()), u.unitCode() == null ? "-" : u.unitCode()),
                    "users.confirm", () -> onSelected(name -> context.services().users().confirm(name)));
        }
    }

    private void onSelected(java.util.function.Consumer<String> action) {
        UserAccount u = table.getSelectionModel().getSelectedItem();
        if (u != null) {
            context.tasks().run(() -> {
                action.accept(u.name());
                return u;
            }, x -> refresh());
        }
    }

    private String state(UserAccount u) {
        if (unconfirmed.contains(u.name())) {
            return Messages.get("users.stateUnconfirmed");
        }
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
