package vn.atr.service.access;

import java.time.Instant;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Role;
import vn.atr.security.DataKey;
import vn.atr.security.PasswordHasher;
import vn.atr.store.StoredUser;
import vn.atr.service.ServiceException;

/** Checks on user names and passwords, and building a user's credential material from a password. */
final class UserRules {
    private UserRules() {
    }

    static void checkName(String name) {
        if (name == null || !name.matches("[\\p{L}\\p{N}._-]{1,40}")) {
            throw new ServiceException(Messages.get("security.badUserName", String.valueOf(name)));
        }
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new ServiceException(Messages.get("security.passwordEmpty"));
        }
        if (password.length < PasswordHasher.MIN_LENGTH) {
            throw new ServiceException(Messages.get("security.passwordShort", PasswordHasher.MIN_LENGTH));
        }
    }

    /**
     * A new user; {@code dataKey} is wrapped for roles that read identifiers, null otherwise; {@code signingKey}
     * (the package signing key, null if none is open) is granted to roles without the data key (ADR 0190).
     */
    static StoredUser newUser(String name, Role role, String unitCode, char[] password, DataKey dataKey,
                              byte[] signingKey) {
        StoredUser blank = new StoredUser(name, role, unitCode, null, 0, null, null, false, 0, null, Instant.now());
        return rewrap(blank, password, dataKey, null, signingKey);
    }

    /**
     * The user with a new password: new salt, new verifier, the data key wrapped by the new password, and the
     * signing key granted under it as in {@link #newUser} ({@code signingKey}, the caller's own copy, is wiped). With {@code sealedSecret} (the user's own change,
     * without a sealing key) the seal stays and is linked to the new password (ADR 0086).
     */
    static StoredUser rewrap(StoredUser u, char[] password, DataKey dataKey, DataKey sealedSecret, byte[] signingKey) {
        byte[] salt = PasswordHasher.newSalt();
        PasswordHasher.Derived d = PasswordHasher.derive(password, salt, PasswordHasher.ITERATIONS);
        try {
            String wrapped = dataKey == null ? null : dataKey.wrapWith(d.keyEncryptionKey());
            StoredUser renewed = SigningKeySeal.granted(
                    u.withCredentials(salt, PasswordHasher.ITERATIONS, d.verifier(), wrapped), signingKey,
                    d.keyEncryptionKey());
            return sealedSecret == null ? renewed : AccountSeals.link(renewed, sealedSecret, d.keyEncryptionKey());
        } finally {
            d.destroy();
            if (signingKey != null) {
                java.util.Arrays.fill(signingKey, (byte) 0); // the caller's own copy, opened for this grant
            }
        }
    }
}
