package vn.atr.service.access;

import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
import vn.atr.security.DataKey;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.Database;
import vn.atr.store.StoredUser;
import vn.atr.store.UserRepository;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;

/** The administrator's user management; a user may also change their own password. */
public final class UserService {
    private final Database db;
    private final UserRepository users;
    private final AdminUnitRepository units;
    private final Supplier<Session> session;
    private final AccountSeals seals;
    private final SigningKeySeal signing;

    public UserService(Database db, UserRepository users, AdminUnitRepository units, Supplier<Session> session) {
        this.db = db;
        this.users = users;
        this.units = units;
        this.session = session;
        this.seals = new AccountSeals(users, db.audit());
        this.signing = new SigningKeySeal(db);
    }

    public void add(String name, Role role, String unitCode, char[] password) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        requireUsers();
        UserRules.checkName(name);
        UserRules.checkPassword(password);
        checkedUnit(role, unitCode);
        if (users.find(name).isPresent()) {
            throw new ServiceException(Messages.get("security.userExists", name));
        }
        StoredUser u = UserRules.newUser(name, role, role == Role.COMMUNE_STAFF ? unitCode : null, password,
                Permission.holdsDataKey(role) ? s.dataKey() : null, signing.open(s).orElse(null));
        StoredUser row = sealed(s, u);
        db.runInTransaction(() -> {
            users.insert(row);
            db.audit().append(s.userName(), "user.create", "app_user", name, null, null,
                    "role " + role + (u.unitCode() == null ? "" : ", unit " + u.unitCode()));
            signing.sealIfComplete(s.userName());
        });
        signing.checkpointIfSealed();
    }

    /**
     * Another role (and unit, for commune staff) for an existing account, with a new password given by the
     * administrator: the data key is wrapped for the roles that hold it and only under a password, so the account
     * gets its new credentials with its new role, and the user logs in with the new password (ADR 0194).
     */
    public void changeRole(String name, Role role, String unitCode, char[] newPassword) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        requireUsers();
        if (s.userName().equals(name)) {
            throw new ServiceException(Messages.get("security.cannotChangeOwnRole"));
        }
        UserRules.checkPassword(newPassword);
        String unit = checkedUnit(role, unitCode);
        StoredUser u = users.find(name).orElseThrow(
                () -> new ServiceException(Messages.get("security.unknownUser", name)));
        if (u.role() == role && java.util.Objects.equals(u.unitCode(), unit)) {
            throw new ServiceException(Messages.get("security.roleUnchanged", name));
        }
        if (seals.sealed() && seals.signingKey(s.dataKey()).isEmpty()) {
            throw new ServiceException(Messages.get("security.cannotSeal"));
        }
        DataKey dataKey = Permission.holdsDataKey(role) ? s.dataKey() : null;
        byte[] signingKey = Permission.holdsDataKey(role) ? null : signing.open(s).orElse(null);
        StoredUser renewed = sealed(s, UserRules.rewrap(u.withRole(role, unit), newPassword, dataKey, null, signingKey));
        db.runInTransaction(() -> {
            users.updateRole(renewed);
            db.audit().append(s.userName(), "user.role", "app_user", name, null, null,
                    "role " + u.role() + (u.unitCode() == null ? "" : ", unit " + u.unitCode()) + " -> " + role
                            + (unit == null ? "" : ", unit " + unit));
            signing.sealIfComplete(s.userName());
        });
        signing.checkpointIfSealed();
    }

    /** The unit a role is given: a known one for commune staff, none for the others. */
    private String checkedUnit(Role role, String unitCode) {
        if (role == null) {
            throw new ServiceException(Messages.get("security.roleMissing"));
        }
        if (role != Role.COMMUNE_STAFF) {
            return null;
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new ServiceException(Messages.get("security.unitRequired"));
        }
        if (units.find(unitCode).isEmpty()) {
            throw new ServiceException(Messages.get("security.unitMissing", unitCode));
        }
        return unitCode;
    }

    public List<UserAccount> list() {
        session.get().require(Permission.USER_ADMIN);
        return users.listAll().stream().map(StoredUser::account).toList();
    }

    /** Own password, or anyone's for the administrator. The data key is re-wrapped, nothing re-encrypted. */
    public void changePassword(String name, char[] newPassword) {
        Session s = session.get();
        if (!s.isLoggedIn() || !s.userName().equals(name)) {
            s.require(Permission.USER_ADMIN);
        }
        requireUsers();
        UserRules.checkPassword(newPassword);
        StoredUser u = users.find(name).orElseThrow(
                () -> new ServiceException(Messages.get("security.unknownUser", name)));
        DataKey dataKey = Permission.holdsDataKey(u.role()) ? s.dataKey() : null;
        byte[] signingKey = Permission.holdsDataKey(u.role()) ? null : signing.open(s).orElse(null);
        StoredUser renewed;
        if (!seals.sealed() || seals.signingKey(s.dataKey()).isPresent()) {
            renewed = sealed(s, UserRules.rewrap(u, newPassword, dataKey, null, signingKey));
        } else if (s.userName().equals(name) && s.sealedPasswordSecret() != null) {
            renewed = UserRules.rewrap(u, newPassword, dataKey, s.sealedPasswordSecret(), signingKey); // linked
        } else {
            throw new ServiceException(Messages.get("security.cannotSeal"));
        }
        db.runInTransaction(() -> {
            users.updateCredentials(renewed);
            db.audit().append(s.userName(), "user.passwd", "app_user", name, null, null, null);
            signing.sealIfComplete(s.userName());
        });
        signing.checkpointIfSealed();
    }

    public void disable(String name) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        if (s.userName().equals(name)) {
            throw new ServiceException(Messages.get("security.cannotDisableSelf"));
        }
        setDisabled(s, name, true, "user.disable");
    }

    /** Lets a disabled account log in again (its failure counter starts from zero). */
    public void enable(String name) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        setDisabled(s, name, false, "user.enable");
    }

    private void setDisabled(Session s, String name, boolean disabled, String action) {
        StoredUser u = users.find(name).orElseThrow(
                () -> new ServiceException(Messages.get("security.unknownUser", name)));
        StoredUser row = sealed(s, u.withDisabled(disabled));
        db.runInTransaction(() -> {
            users.setDisabled(row);
            if (disabled) { // someone who left keeps no copy of the signing key; enabled again, a reset makes one
                users.setSigningGrant(name, null);
            }
            db.audit().append(s.userName(), action, "app_user", name, null, null, null);
            signing.sealIfComplete(s.userName()); // a disabled account no longer waits for its copy
        });
        signing.checkpointIfSealed();
    }

    /**
     * The accounts whose row was changed outside ATR (their seal does not verify): refused at login until
     * {@link #confirm} (ADR 0086).
     */
    public List<String> needingConfirmation() {
        session.get().require(Permission.USER_ADMIN);
        return seals.tamperedAccounts();
    }

    /**
     * The enabled accounts whose first login is awaited before the package signing key leaves the file's clear
     * text (ADR 0190); empty once it is sealed.
     */
    public List<String> awaitingSigningCopy() {
        session.get().require(Permission.USER_ADMIN);
        return signing.awaitingCopy();
    }

    /**
     * The administrator accepts the account as it now stands (role, unit, password) after checking it:
     * it is sealed again, and the audit entry says what was accepted.
     */
    public void confirm(String name) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        StoredUser u = users.find(name).orElseThrow(
                () -> new ServiceException(Messages.get("security.unknownUser", name)));
        StoredUser row = sealed(s, u);
        db.runInTransaction(() -> {
            users.updateSeal(row);
            db.audit().append(s.userName(), "user.confirm", "app_user", name, null, null, "role " + u.role()
                    + (u.unitCode() == null ? "" : ", unit " + u.unitCode()) + (u.disabled() ? ", disabled" : ""));
        });
    }

    /** {@code u} with a fresh seal made with the session's key; unchanged in a store not sealed yet. */
    private StoredUser sealed(Session s, StoredUser u) {
        if (!seals.sealed()) {
            return u;
        }
        return AccountSeals.seal(u, seals.signingKey(s.dataKey())
                .orElseThrow(() -> new ServiceException(Messages.get("security.cannotSeal"))));
    }

    private void requireUsers() {
        if (session.get().isSingleUser()) {
            throw new ServiceException(Messages.get("security.noUsersYet"));
        }
    }
}
