package vn.atr.service;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.access.Role;
import vn.atr.security.DataKey;

/**
 * Who is using the store right now, and the guard every service calls before doing anything:
 * {@link #require(Permission)} and {@link #requireUnit(String)} (ADR 0050). The data key, when the
 * role holds one, lives only here, in memory, and is wiped by {@link #close()}.
 * A store without users runs in single-user mode: one local user allowed everything, as before
 * security existed. A store with users and nobody logged in refuses everything.
 */
public final class Session implements AutoCloseable {
    public static final String SINGLE_USER = "local";

    private final String userName;
    private final Role role;
    private final String unitCode;
    private final Set<String> unitScope;
    private final Set<Permission> permissions;
    private final DataKey dataKey;
    private final DataKey sealedPasswordSecret;
    private final boolean loggedIn;
    /** The package signing key (PKCS#8) opened from the account's own copy at login (ADR 0190); null otherwise. */
    private final byte[] signingKey;

    private Session(String userName, Role role, String unitCode, Set<String> unitScope, Set<Permission> permissions,
                    DataKey dataKey, DataKey sealedPasswordSecret, boolean loggedIn) {
        this(userName, role, unitCode, unitScope, permissions, dataKey, sealedPasswordSecret, loggedIn, null);
    }

    private Session(String userName, Role role, String unitCode, Set<String> unitScope, Set<Permission> permissions,
                    DataKey dataKey, DataKey sealedPasswordSecret, boolean loggedIn, byte[] signingKey) {
        this.signingKey = signingKey;
        this.userName = userName;
        this.role = role;
        this.unitCode = unitCode;
        this.unitScope = unitScope == null ? null : Set.copyOf(unitScope);
        this.permissions = permissions;
        this.dataKey = dataKey;
        this.sealedPasswordSecret = sealedPasswordSecret;
        this.loggedIn = loggedIn;
    }

    private static final Session SINGLE_USER_SESSION = new Session(SINGLE_USER, Role.ADMINISTRATOR, null, null,
            EnumSet.allOf(Permission.class), null, null, true);

    static Session singleUser() {
        return SINGLE_USER_SESSION;
    }

    public static Session nobody() {
        return new Session("", null, null, Set.of(), EnumSet.noneOf(Permission.class), null, null, false);
    }

    /** {@code unitScope}: the codes a commune user may touch (their unit and the units within it), null = all. */
    public static Session of(String userName, Role role, String unitCode, Set<String> unitScope, DataKey dataKey) {
        return of(userName, role, unitCode, unitScope, dataKey, null);
    }

    /**
     * As above, with the secret of the password the user's account seal covers (ADR 0086): kept in memory
     * only, so that the user's own password change can link the new password to the sealed one.
     */
    public static Session of(String userName, Role role, String unitCode, Set<String> unitScope, DataKey dataKey,
                             DataKey sealedPasswordSecret) {
        return new Session(userName, role, unitCode, unitScope, Permission.of(role), dataKey, sealedPasswordSecret,
                true);
    }

    /** Refuses (with a message naming the user and the action) unless the role allows {@code p}. */
    public void require(Permission p) {
        if (!loggedIn) {
            throw new AccessDeniedException(Messages.get("security.loginRequired"));
        }
        if (!permissions.contains(p)) {
            throw new AccessDeniedException(Messages.get("security.denied", userName,
                    Messages.get("role." + role.name()), Messages.get("permission." + p.name())));
        }
    }

    /** Refuses unless the user may touch records of {@code unit} (commune staff: their unit and below). */
    public void requireUnit(String unit) {
        require(Permission.RECORD_READ);
        if (unitScope != null && (unit == null || !unitScope.contains(unit))) {
            throw new AccessDeniedException(Messages.get("security.otherUnit", userName, unitCode,
                    String.valueOf(unit)));
        }
    }

    public boolean has(Permission p) {
        return loggedIn && permissions.contains(p);
    }

    /** True only for roles that may read identifiers and hold the key (or single-user mode). */
    public boolean mayReadIdentifiers() {
        return has(Permission.IDENTITY_READ) && (dataKey != null || isSingleUser());
    }

    /**
     * Whether an export may include identifiers at all. The exporter must still ask the user to
     * confirm in that export, and write the choice to the audit log.
     */
    public boolean mayExportIdentifiers() {
        return has(Permission.EXPORT_IDENTIFIERS) && mayReadIdentifiers();
    }

    /** The unit a commune user is limited to; empty for roles that see every unit. */
    public Optional<String> restrictedUnit() {
        return unitScope == null ? Optional.empty() : Optional.ofNullable(unitCode);
    }

    public boolean mayTouchUnit(String unit) {
        return loggedIn && (unitScope == null || unitScope.contains(unit));
    }

    /** Who a change is recorded under: the logged-in user once the store has users; the caller's name only in single-user mode. */
    public String author(String requested) {
        return isSingleUser() ? requested : userName;
    }

    public String userName() {
        return userName;
    }

    public Role role() {
        return role;
    }

    public boolean isLoggedIn() {
        return loggedIn;
    }

    /** A store without users: everything allowed, identifiers in clear until an administrator exists. */
    public boolean isSingleUser() {
        return this == SINGLE_USER_SESSION;
    }

    public DataKey dataKey() {
        return dataKey;
    }

    /**
     * The same session holding the package signing key opened at login from the account's own copy (an account
     * without the data key, ADR 0190); {@code key} null: none.
     */
    public Session withSigningKey(byte[] key) {
        return new Session(userName, role, unitCode, unitScope, permissions, dataKey, sealedPasswordSecret, loggedIn,
                key == null ? null : key.clone());
    }

    /** The package signing key opened at login (a copy), or null: a key holder opens it with the data key. */
    public byte[] signingKey() {
        return signingKey == null ? null : signingKey.clone();
    }

    /** The secret of the password the account's seal covers (null for a store not sealed yet). */
    public DataKey sealedPasswordSecret() {
        return sealedPasswordSecret;
    }

    /** Wipes the key material; the session refuses nothing more but can no longer read identifiers. */
    @Override
    public void close() {
        if (dataKey != null) {
            dataKey.destroy();
        }
        if (sealedPasswordSecret != null) {
            sealedPasswordSecret.destroy();
        }
        if (signingKey != null) {
            java.util.Arrays.fill(signingKey, (byte) 0);
        }
    }
}
