package vn.atr.ui.users;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.Permission;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.shell.AppContext;

/**
 * The administrator's users: the list (role, unit, state), the selected user's permissions in words, and
 * the actions (add, new password, disable). {@code UserService} refuses everyone else in any case.
 */
public final class UsersViewModel {
    private final AppContext context;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper roleInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signingNote = new ReadOnlyStringWrapper("");
    private List<Choice> units = List.of();
    private java.util.Map<String, String> unitNames = java.util.Map.of();
    /** Accounts changed outside ATR, waiting for an administrator's confirmation (ADR 0086). */
    private java.util.Set<String> unconfirmed = java.util.Set.of();

    public UsersViewModel(AppContext context) {
        this.context = context;
        selected.addListener((o, old, u) -> roleInfo.set(u == null ? "" : describe(u.role())));
    }

    public ObservableList<UserAccount> users() {
        return users;
    }

    public ObjectProperty<UserAccount> selected() {
        return selected;
    }

    /** The selected account may be locked: it is in use and it is not the administrator's own. */
    public javafx.beans.binding.BooleanBinding canDisable() {
        return onSelected(u -> !u.disabled() && !u.name().equals(context.services().session().userName()));
    }

    /** The selected account may be opened again: it is locked, or held after failed logins. */
    public javafx.beans.binding.BooleanBinding canEnable() {
        return onSelected(u -> u.disabled() || u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now()));
    }

    /** The selected account was changed outside ATR and waits for an administrator's confirmation. */
    public javafx.beans.binding.BooleanBinding canConfirm() {
        return onSelected(u -> unconfirmed.contains(u.name()));
    }

    private javafx.beans.binding.BooleanBinding onSelected(java.util.function.Predicate<UserAccount> test) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get()),
                selected, users);
    }

    /** What the selected user's role may do. */
    public ReadOnlyStringProperty roleInfo() {
        return roleInfo.getReadOnlyProperty();
    }

    /** Which accounts' first login still keeps the package signing key in clear (empty once it is sealed). */
    public ReadOnlyStringProperty signingNote() {
        return signingNote.getReadOnlyProperty();
    }

    /** The units a commune staff member may be given (read with the list). */
    public List<Choice> units() {
        return units;
    }

    /** Re-reads the users and the units in one task. */
    public void refresh() {
        context.tasks().run(() -> new Lists(java.util.Set.copyOf(context.services().users().needingConfirmation()),
                context.services().users().list(), ReferenceChoices.read(context.services().reference()).units(),
                context.services().users().awaitingSigningCopy(), context.services().reference().unitNames()), l -> {
                    unconfirmed = l.unconfirmed();
                    unitNames = l.unitNames();
                    users.setAll(l.users());
                    units = l.units();
                    signingNote.set(l.awaitingSigningCopy().isEmpty() ? "" : Messages.get("users.signingKeyClear",
                            String.join(", ", l.awaitingSigningCopy())));
                });
    }

    private record Lists(java.util.Set<String> unconfirmed, List<UserAccount> users, List<Choice> units,
                         List<String> awaitingSigningCopy, java.util.Map<String, String> unitNames) {
    }

    /**
     * Whether the store has no user yet (it opens without a login): the first user added is then its
     * administrator, made as {@code atr --admin} makes it, and the store asks for a login from then on.
     */
    public boolean firstAdministrator() {
        return context.services().session().isSingleUser();
    }

    /** What is shown once after the first administrator is made: what happened, and the recovery key. */
    public record FirstAdministratorShown(String said, String recoveryKey) {
    }

    /**
     * The first administrator (called by the dialog inside a task): the identifiers kept in clear until now are
     * encrypted, this window's session becomes the administrator's, and the recovery key is returned to be
     * shown once, with what was encrypted.
     */
    public FirstAdministratorShown createFirstAdministrator(String name, char[] password) {
        var first = context.services().auth().createFirstAdministrator(name == null ? "" : name.strip(), password);
        String said = Messages.get("users.firstCreated", name.strip());
        if (first.identitiesEncrypted() > 0) {
            said += "\n\n" + Messages.get("security.identitiesEncrypted", first.identitiesEncrypted());
        }
        return new FirstAdministratorShown(said, first.recoveryKey());
    }

    /**
     * A new user (called by the dialog inside a task; the service's refusal propagates to it). The unit
     * only counts for commune staff.
     */
    public void add(String name, Role role, Choice unit, char[] password) {
        context.services().users().add(name == null ? "" : name.strip(), role,
                role == Role.COMMUNE_STAFF && unit != null ? unit.code() : null, password);
    }

    /** Another role and unit for {@code user}, with the new password they come with (called inside a task). */
    public void changeRole(String user, Role role, Choice unit, char[] password) {
        context.services().users().changeRole(user, role, role == Role.COMMUNE_STAFF && unit != null ? unit.code() : null,
                password);
    }

    /** A new password for {@code user} (called by the dialog inside a task). */
    public void changePassword(String user, char[] password) {
        context.services().users().changePassword(user, password);
    }

    public void disable(UserAccount u) {
        onUser(u, name -> context.services().users().disable(name));
    }

    /** A disabled account back in use. */
    public void enable(UserAccount u) {
        onUser(u, name -> context.services().users().enable(name));
    }

    /** Accepts an account changed outside ATR as it now stands, after the administrator checked it. */
    public void confirm(UserAccount u) {
        onUser(u, name -> context.services().users().confirm(name));
    }

    private void onUser(UserAccount u, java.util.function.Consumer<String> action) {
        context.tasks().run(() -> {
            action.accept(u.name());
            return u;
        }, x -> refresh());
    }

    /** A commune staff member's unit by its name ("Phường Lê Chân", a retired one too), else its code. */
    String unitName(UserAccount u) {
        return u.unitCode() == null ? "" : unitNames.getOrDefault(u.unitCode(), u.unitCode());
    }

    /** The question asked before {@link #confirm}: the account as it now stands. */
    static String confirmQuestion(UserAccount u) {
        return Messages.get("users.confirmQuestion", u.name(), Messages.get("role." + u.role().name()),
                u.unitCode() == null ? "-" : u.unitCode());
    }

    String state(UserAccount u) {
        if (unconfirmed.contains(u.name())) {
            return Messages.get("users.stateUnconfirmed");
        }
        if (u.disabled()) {
            return Messages.get("users.stateDisabled");
        }
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now())) {
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
