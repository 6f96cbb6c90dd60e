package vn.atr.service.access;

import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
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

    public UserService(Database db, UserRepository users, AdminUnitRepository units, Supplier<Session> session) {
        this.db = db;
        this.users = users;
        this.units = units;
        this.session = session;
    }

    public void add(String name, Role role, String unitCode, char[] password) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        requireUsers();
        UserRules.checkName(name);
        UserRules.checkPassword(password);
        if (role == null) {
            throw new ServiceException(Messages.get("security.roleMissing"));
        }
        if (role == Role.COMMUNE_STAFF && (unitCode == null || units.find(unitCode).isEmpty())) {
            throw new ServiceException(Messages.get("security.unitMissing", String.valueOf(unitCode)));
        }
        if (users.find(name).isPresent()) {
            throw new ServiceException(Messages.get("security.userExists", name));
        }
        StoredUser u = UserRules.newUser(name, role, role == Role.COMMUNE_STAFF ? unitCode : null, password,
                Permission.holdsDataKey(role) ? s.dataKey() : null);
        db.runInTransaction(() -> {
            users.insert(u);
            db.audit().append(s.userName(), "user.create", "app_user", name, null, null, "role " + role);
        });
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
        StoredUser renewed = UserRules.rewrap(u, newPassword, Permission.holdsDataKey(u.role()) ? s.dataKey() : null);
        db.runInTransaction(() -> {
            users.updateCredentials(renewed);
            db.audit().append(s.userName(), "user.passwd", "app_user", name, null, null, null);
        });
    }

    public void disable(String name) {
        Session s = session.get();
        s.require(Permission.USER_ADMIN);
        if (s.userName().equals(name)) {
            throw new ServiceException(Messages.get("security.cannotDisableSelf"));
        }
        users.find(name).orElseThrow(() -> new ServiceException(Messages.get("security.unknownUser", name)));
        db.runInTransaction(() -> {
            users.setDisabled(name, true);
            db.audit().append(s.userName(), "user.disable", "app_user", name, null, null, null);
        });
    }

    private void requireUsers() {
        if (session.get().isSingleUser()) {
            throw new ServiceException(Messages.get("security.noUsersYet"));
        }
    }
}
