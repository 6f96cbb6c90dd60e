package vn.atr.store;

import java.time.Instant;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;

/**
 * A user row with its credential material (verifier, salt, wrapped data key) and its seal (ADR 0086):
 * for the login and user services only. {@code sealVerifier} is the verifier the seal covers (base64);
 * {@code sealLink} is set after the user changed their own password without a sealing key. {@code signingGrant}
 * is the installation's package signing key under this account's password key, for an account without the data
 * key (ADR 0190).
 */
public record StoredUser(String name, Role role, String unitCode, byte[] salt, int iterations, byte[] verifier,
                         String wrappedKey, boolean disabled, int failedLogins, Instant lockedUntil, Instant createdAt,
                         String seal, String sealVerifier, String sealLink, String signingGrant) {

    public StoredUser(String name, Role role, String unitCode, byte[] salt, int iterations, byte[] verifier,
                      String wrappedKey, boolean disabled, int failedLogins, Instant lockedUntil, Instant createdAt) {
        this(name, role, unitCode, salt, iterations, verifier, wrappedKey, disabled, failedLogins, lockedUntil,
                createdAt, null, null, null, null);
    }

    public UserAccount account() {
        return new UserAccount(name, role, unitCode, disabled, failedLogins, lockedUntil, createdAt);
    }

    /**
     * New password material; the seal fields stay until the caller reseals or links them. The signing grant made
     * for the old password is dropped: the caller grants again under the new one.
     */
    public StoredUser withCredentials(byte[] newSalt, int newIterations, byte[] newVerifier, String newWrappedKey) {
        return new StoredUser(name, role, unitCode, newSalt, newIterations, newVerifier, newWrappedKey, disabled,
                0, null, createdAt, seal, sealVerifier, sealLink, null);
    }

    public StoredUser withSigningGrant(String newGrant) {
        return new StoredUser(name, role, unitCode, salt, iterations, verifier, wrappedKey, disabled, failedLogins,
                lockedUntil, createdAt, seal, sealVerifier, sealLink, newGrant);
    }

    public StoredUser withSeal(String newSeal, String newSealVerifier, String newSealLink) {
        return new StoredUser(name, role, unitCode, salt, iterations, verifier, wrappedKey, disabled, failedLogins,
                lockedUntil, createdAt, newSeal, newSealVerifier, newSealLink, signingGrant);
    }

    /** Another role and unit; the caller gives the account new credentials and a new seal with them. */
    public StoredUser withRole(Role newRole, String newUnitCode) {
        return new StoredUser(name, newRole, newUnitCode, salt, iterations, verifier, wrappedKey, disabled,
                failedLogins, lockedUntil, createdAt, seal, sealVerifier, sealLink, signingGrant);
    }

    public StoredUser withDisabled(boolean newDisabled) {
        return new StoredUser(name, role, unitCode, salt, iterations, verifier, wrappedKey, newDisabled, failedLogins,
                lockedUntil, createdAt, seal, sealVerifier, sealLink, signingGrant);
    }
}
