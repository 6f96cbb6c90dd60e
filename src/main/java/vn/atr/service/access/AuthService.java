package vn.atr.service.access;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.access.Role;
import vn.atr.security.DataKey;
import vn.atr.security.KeyMismatchException;
import vn.atr.security.PasswordHasher;
import vn.atr.security.RecoveryKey;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.Database;
import vn.atr.store.SettingsRepository;
import vn.atr.store.StoredUser;
import vn.atr.store.UserRepository;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.backup.BackupFiles;
import vn.atr.service.ServiceException;
import vn.atr.service.Services;
import vn.atr.service.Session;

/**
 * Logging in and the first administrator. A successful login makes the session current for the
 * whole {@link Services} and lends its data key to the identity store. Failures are counted per user
 * and, from the third one on, lock the account for a delay that doubles each time (persisted, so
 * restarting the program does not reset it). Every login, failure and refusal goes to the audit log.
 * Passwords are char arrays, cleared by the caller; they never reach a log, a message or an exception.
 */
public final class AuthService {
    public static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final Duration MAX_DELAY = Duration.ofHours(1);
    static final String IDLE_SETTING = "security.idleMinutes";
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
    private static final byte[] DUMMY_SALT = new byte[16];
    private static final char[] DUMMY_PASSWORD = "-".toCharArray();

    private final Database db;
    private final UserRepository users;
    private final AdminUnitRepository units;
    private final SettingsRepository settings;
    private final Services services;
    private final AccountSeals seals;
    private final SigningKeySeal signing;

    public AuthService(Database db, UserRepository users, AdminUnitRepository units, SettingsRepository settings,
                Services services) {
        this.db = db;
        this.settings = settings;
        this.users = users;
        this.units = units;
        this.services = services;
        this.seals = new AccountSeals(users, db.audit());
        this.signing = new SigningKeySeal(db);
    }

    public boolean hasUsers() {
        return users.anyUser();
    }

    /** What the administrator must write down now: shown once, never stored in clear. */
    public record FirstAdministrator(Session session, String recoveryKey, int identitiesEncrypted) {
    }

    /**
     * Creates the first administrator of a store that has no users, encrypts any identifiers kept
     * in clear until now, and logs the administrator in.
     */
    public FirstAdministrator createFirstAdministrator(String name, char[] password) {
        UserRules.checkName(name);
        UserRules.checkPassword(password);
        if (hasUsers()) {
            throw new ServiceException(Messages.get("security.alreadyHasUsers"));
        }
        DataKey dataKey = DataKey.random();
        RecoveryKey.Generated recovery = RecoveryKey.generate();
        StoredUser admin = UserRules.newUser(name, Role.ADMINISTRATOR, null, password, dataKey, null);
        int encrypted = db.inTransaction(() -> {
            // Again inside the write: two PCs making the first administrator of one server store at once take
            // turns here (the lock every write takes first, Dialect.beginWrite), and the second must not wrap the
            // data key over the first's.
            if (hasUsers()) {
                throw new ServiceException(Messages.get("security.alreadyHasUsers"));
            }
            users.saveRecoveryWrappedKey(dataKey.wrapWith(recovery.key()));
            db.audit().append(name, "key.create", "key_recovery", null, null, null, "data key and recovery key");
            users.insert(AccountSeals.seal(admin, seals.createKey(dataKey, name, "first administrator")));
            db.audit().append(name, "user.create", "app_user", name, null, null, "role ADMINISTRATOR (first)");
            signing.atFirstAdministrator(dataKey, name);
            return services.unguardedRepositories().identities().encryptClearRows(dataKey, name);
        });
        recovery.key().destroy();
        db.checkpoint();
        if (!db.location().isPostgresql()) { // a server store has no backup files of ATR's own
            BackupFiles.sealClearCopies(db.file(), password); // backups made while single-user held them in clear
        }
        Session session = Session.of(name, Role.ADMINISTRATOR, null, null, dataKey);
        services.useSession(session);
        return new FirstAdministrator(session, recovery.text(), encrypted);
    }

    /**
     * Checks the password and makes the user's session current; refusals are audited. An unknown, locked
     * or disabled account, an empty password and a wrong one get the same message after the same slow
     * derivation, so the answer tells nobody which account names exist; the audit entry says which it was.
     * A row changed outside ATR (its seal, ADR 0086) is refused, after the password, until an administrator
     * confirms it.
     */
    public Session login(String name, char[] password) {
        Optional<StoredUser> found = name == null ? Optional.empty() : users.find(name);
        Instant now = Instant.now();
        String refusal = refusalBeforePassword(found, password, now);
        if (refusal != null) {
            PasswordHasher.derive(password == null || password.length == 0 ? DUMMY_PASSWORD : password, DUMMY_SALT,
                    found.map(StoredUser::iterations).orElse(PasswordHasher.ITERATIONS)).destroy();
            throw refuse(String.valueOf(name), refusal, "security.badCredentials");
        }
        StoredUser u = found.get();
        PasswordHasher.Derived d = PasswordHasher.derive(password, u.salt(), u.iterations());
        if (!PasswordHasher.matches(u.verifier(), d.verifier())) {
            d.destroy();
            throw refuseWrongPassword(u.name(), now);
        }
        Optional<DataKey> sealedSecret;
        DataKey dataKey;
        SigningKeySeal.AtLogin signingKey;
        try {
            sealedSecret = seals.checkAtLogin(u, d);
            dataKey = u.wrappedKey() == null ? null : unwrap(d.keyEncryptionKey(), u.wrappedKey());
            signingKey = signing.atLogin(u, d.keyEncryptionKey(), dataKey);
        } catch (AccessDeniedException e) {
            db.audit().append(u.name(), "login.failed", "app_user", u.name(), null, null, "account changed outside ATR");
            throw e;
        } finally {
            d.destroy();
        }
        if (dataKey != null) {
            try {
                seals.signingKey(dataKey); // a key holder also finds a swapped account key
            } catch (AccessDeniedException e) {
                dataKey.destroy();
                sealedSecret.ifPresent(DataKey::destroy);
                db.audit().append(u.name(), "login.failed", "app_user", u.name(), null, null, "account key replaced");
                throw e;
            }
        }
        Set<String> scope = u.role() == Role.COMMUNE_STAFF ? new HashSet<>(units.codesWithin(u.unitCode())) : null;
        db.runInTransaction(() -> {
            if (u.failedLogins() > 0) {
                users.recordFailures(u.name(), 0, null);
            }
            db.audit().append(u.name(), "login", "app_user", u.name(), null, null, null);
            seals.sealOlderStore(dataKey, u.name());
            signingKey.writes().run();
        });
        signing.checkpointIfSealed();
        Session session = Session.of(u.name(), u.role(), u.unitCode(), scope, dataKey, sealedSecret.orElse(null))
                .withSigningKey(signingKey.key());
        if (signingKey.key() != null) {
            java.util.Arrays.fill(signingKey.key(), (byte) 0);
        }
        services.useSession(session);
        return session;
    }

    /** Why the login is refused before its password is looked at (audit detail), or null. */
    private static String refusalBeforePassword(Optional<StoredUser> found, char[] password, Instant now) {
        if (found.isEmpty()) {
            return "unknown user";
        }
        StoredUser u = found.get();
        if (u.disabled()) {
            return "disabled";
        }
        if (u.lockedUntil() != null && now.isBefore(u.lockedUntil())) {
            return "locked until " + u.lockedUntil();
        }
        if (password == null || password.length == 0) {
            return "empty password";
        }
        return null;
    }

    /**
     * Idle lock: like {@link #logout()} (key wiped, everything refused) but the UI keeps its screens
     * and asks the same user for the password again. Returns the user to ask for.
     */
    public String lock() {
        Session current = services.session();
        String name = current.userName();
        if (current.isLoggedIn() && !current.isSingleUser()) {
            db.audit().append(name, "lock", "app_user", name, null, null, "idle");
            services.useSession(Session.nobody());
        }
        return name;
    }

    /** How long the window may stay untouched before it locks (setting {@value #IDLE_SETTING}, minutes). */
    public Duration idleLockAfter() {
        return settings.get(IDLE_SETTING).map(m -> Duration.ofMinutes(Long.parseLong(m.strip())))
                .orElse(DEFAULT_IDLE);
    }

    public void setIdleLockAfter(Duration idle) {
        services.session().require(Permission.USER_ADMIN);
        if (idle.toMinutes() < 1 || idle.toMinutes() > 240) {
            throw new ServiceException(Messages.get("security.idleRange"));
        }
        db.runInTransaction(() -> settings.put(IDLE_SETTING, String.valueOf(idle.toMinutes())));
    }

    /** Ends the current session: key wiped, nothing allowed until the next login. */
    public void logout() {
        Session current = services.session();
        if (current.isLoggedIn() && !current.isSingleUser()) {
            db.audit().append(current.userName(), "logout", "app_user", current.userName(), null, null, null);
            services.useSession(Session.nobody());
        }
    }

    /**
     * Sets a new password for {@code name} using the recovery key instead of a login (forgotten
     * administrator password). The data key comes back from its recovery wrapping; nothing is re-encrypted.
     */
    public void recover(String name, String recoveryKeyText, char[] newPassword) {
        UserRules.checkPassword(newPassword);
        String wrapped = users.recoveryWrappedKey().orElseThrow(
                () -> new ServiceException(Messages.get("security.noRecoveryKey")));
        DataKey dataKey;
        try { // the key first: without it, an unknown name and a known one get the same answer
            DataKey recovery = RecoveryKey.parse(recoveryKeyText);
            dataKey = recovery.unwrap(wrapped);
            recovery.destroy();
        } catch (KeyMismatchException e) {
            throw refuse(String.valueOf(name), "wrong recovery key", "security.badRecoveryKey");
        }
        StoredUser u = users.find(name).orElseThrow(() -> {
            dataKey.destroy();
            return refuse(String.valueOf(name), "recovery for unknown user", "security.unknownUser", name);
        });
        boolean holder = Permission.holdsDataKey(u.role());
        byte[] signingKey = holder ? null : signing.open(dataKey, null).orElse(null);
        StoredUser renewed = UserRules.rewrap(u, newPassword, holder ? dataKey : null, null, signingKey);
        try {
            db.runInTransaction(() -> {
                users.updateCredentials(sealWithRecoveredKey(renewed, dataKey, name));
                db.audit().append(name, "user.recover", "app_user", name, null, null, "password reset with recovery key");
                signing.sealIfComplete(name);
            });
            signing.checkpointIfSealed();
        } finally {
            dataKey.destroy();
        }
    }

    /**
     * The recovered account sealed with the store's account key, opened with the recovered data key. When
     * that key was replaced in the file, a new one is made: the recovered account is sealed with it and
     * every other account then waits for the administrator's confirmation.
     */
    private StoredUser sealWithRecoveredKey(StoredUser renewed, DataKey dataKey, String actor) {
        if (!seals.sealed()) {
            return renewed;
        }
        vn.atr.security.AccountKey key;
        try {
            key = seals.signingKey(dataKey).orElseThrow(() -> new AccessDeniedException("missing"));
        } catch (AccessDeniedException replaced) {
            key = seals.createKey(dataKey, actor, "new account key at recovery: the stored one did not match");
        }
        return AccountSeals.seal(renewed, key);
    }

    private static DataKey unwrap(DataKey kek, String wrapped) {
        try {
            return kek.unwrap(wrapped);
        } catch (KeyMismatchException e) {
            throw new ServiceException(Messages.get("security.keyDamaged"));
        }
    }

    public static Duration delayAfter(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /**
     * Writes the failure to the audit log (its own transaction, so it stays), with {@code alsoStore} (the
     * failure counter) in that same transaction, so every refusal costs one commit; builds the refusal.
     */
    /**
     * A wrong password, counted from the account's row as it stands inside the write (which every write enters in
     * turn, Dialect.beginWrite): guesses sent at once from several PCs each count, as they do one after another. The
     * count read before the slow check let a batch of parallel guesses all write "failure 1" and never lock.
     */
    private AccessDeniedException refuseWrongPassword(String user, Instant now) {
        db.runInTransaction(() -> {
            int failures = users.find(user).map(StoredUser::failedLogins).orElse(0) + 1;
            Instant lockedUntil = failures < FREE_FAILURES ? null : now.plus(delayAfter(failures));
            users.recordFailures(user, failures, lockedUntil);
            db.audit().append(user, "login.failed", "app_user", user, null, null, "wrong password, failure " + failures);
        });
        return new AccessDeniedException(Messages.get("security.badCredentials"));
    }

    private AccessDeniedException refuse(String user, String detail, String messageKey, Object... args) {
        db.runInTransaction(() -> db.audit().append(user, "login.failed", "app_user", user, null, null, detail));
        return new AccessDeniedException(Messages.get(messageKey, args));
    }
}
