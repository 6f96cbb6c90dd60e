package vn.atr.store;

import java.time.Instant;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;

/** A user row with its credential material (verifier, salt, wrapped data key): for the login service only. */
public record StoredUser(String name, Role role, String unitCode, byte[] salt, int iterations, byte[] verifier,
                         String wrappedKey, boolean disabled, int failedLogins, Instant lockedUntil, Instant createdAt) {

    public UserAccount account() {
        return new UserAccount(name, role, unitCode, disabled, failedLogins, lockedUntil, createdAt);
    }

    public StoredUser withCredentials(byte[] newSalt, int newIterations, byte[] newVerifier, String newWrappedKey) {
        return new StoredUser(name, role, unitCode, newSalt, newIterations, newVerifier, newWrappedKey, disabled,
                0, null, createdAt);
    }
}
