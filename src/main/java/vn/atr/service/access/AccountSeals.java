package vn.atr.service.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.security.AccountKey;
import vn.atr.security.DataKey;
import vn.atr.security.KeyMismatchException;
import vn.atr.security.PasswordHasher;
import vn.atr.store.AuditRepository;
import vn.atr.store.StoredUser;
import vn.atr.store.UserRepository;
import vn.atr.store.UserRepository.StoredAccountKey;
import vn.atr.service.AccessDeniedException;

/**
 * Account rows that cannot be edited outside ATR (ADR 0086). Each row is signed with the installation's
 * account key over its name, role, unit, disabled flag and the password verifier it was sealed with.
 * A login checks the seal with the public half (every role can); a password changed by its own user,
 * who cannot seal, keeps the seal and adds a link: the sealed password's secret encrypted under the new
 * password, which only someone who knew the sealed password can write. A row that fails is refused
 * until an administrator confirms it ({@link UserService#confirm}).
 */
final class AccountSeals {
    /** The audit action that marks the moment a store's accounts were first sealed: from then on a missing seal is tampering. */
    static final String KEY_CREATED = "accounts.key";
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final UserRepository users;
    private final AuditRepository audit;

    AccountSeals(UserRepository users, AuditRepository audit) {
        this.users = users;
        this.audit = audit;
    }

    /** True once the store's accounts are sealed (a store from before seals is not, until a key holder logs in). */
    boolean sealed() {
        return users.accountKey().isPresent() || audit.hasAction(KEY_CREATED);
    }

    /**
     * The key that seals, opened with {@code dataKey}; empty for a store not sealed yet or a session
     * without the data key. @throws AccessDeniedException when the stored key is not the one the data key sealed
     */
    Optional<AccountKey> signingKey(DataKey dataKey) {
        Optional<StoredAccountKey> stored = users.accountKey();
        if (dataKey == null || stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AccountKey.open(stored.get().publicKey(), stored.get().privateKey(), dataKey));
        } catch (KeyMismatchException e) {
            throw new AccessDeniedException(Messages.get("security.accountKeyTampered"));
        }
    }

    /** A new account key for the store, its private half under {@code dataKey} (first administrator, recovery). */
    AccountKey createKey(DataKey dataKey, String actor, String why) {
        AccountKey key = AccountKey.generate();
        users.saveAccountKey(new StoredAccountKey(key.publicText(), key.sealedPrivate(dataKey)));
        audit.append(actor, KEY_CREATED, "account_key", null, null, null, why);
        return key;
    }

    /** {@code u} sealed as it is now: its current verifier, no link. */
    static StoredUser seal(StoredUser u, AccountKey key) {
        String verifier = B64.encodeToString(u.verifier());
        StoredUser withVerifier = u.withSeal(null, verifier, null);
        return withVerifier.withSeal(key.sign(fields(withVerifier)), verifier, null);
    }

    /**
     * After the user's own password change without a sealing key: the seal stays and the link carries the
     * sealed password's secret {@code root} under the new password's key-encryption key.
     */
    static StoredUser link(StoredUser renewed, DataKey root, DataKey newKek) {
        return renewed.withSeal(renewed.seal(), renewed.sealVerifier(), PasswordHasher.link(root, newKek, renewed.name()));
    }

    /**
     * Checks {@code u}'s seal at login, after its password matched. Returns the secret of the sealed
     * password (the session keeps it for the user's own next password change), or empty for a store not
     * sealed yet. @throws AccessDeniedException when the row was changed outside ATR
     */
    Optional<DataKey> checkAtLogin(StoredUser u, PasswordHasher.Derived d) {
        Optional<StoredAccountKey> stored = users.accountKey();
        if (stored.isEmpty()) {
            if (sealed()) {
                throw tampered(u.name());
            }
            return Optional.empty();
        }
        if (!verifies(u, AccountKey.publicOnly(stored.get().publicKey()))) {
            throw tampered(u.name());
        }
        byte[] sealedVerifier = Base64.getDecoder().decode(u.sealVerifier());
        if (PasswordHasher.matches(sealedVerifier, d.verifier()) && u.sealLink() == null) {
            return Optional.of(copy(d.master()));
        }
        if (u.sealLink() == null) {
            throw tampered(u.name());
        }
        try {
            DataKey root = PasswordHasher.openLink(u.sealLink(), d.keyEncryptionKey(), u.name());
            if (!PasswordHasher.matches(sealedVerifier, PasswordHasher.verifierOf(root))) {
                root.destroy();
                throw tampered(u.name());
            }
            return Optional.of(root);
        } catch (KeyMismatchException e) {
            throw tampered(u.name());
        }
    }

    /** The accounts whose seal does not verify (what {@code atr audit verify} reports). */
    List<String> tamperedAccounts() {
        Optional<StoredAccountKey> stored = users.accountKey();
        List<String> out = new ArrayList<>();
        if (stored.isEmpty()) {
            if (sealed()) {
                users.listAll().forEach(u -> out.add(u.name()));
            }
            return out;
        }
        AccountKey key;
        try {
            key = AccountKey.publicOnly(stored.get().publicKey());
        } catch (KeyMismatchException e) {
            users.listAll().forEach(u -> out.add(u.name()));
            return out;
        }
        for (StoredUser u : users.listAll()) {
            if (!verifies(u, key)) {
                out.add(u.name());
            }
        }
        return out;
    }

    /**
     * A store from before seals, first opened by a login that holds the data key: the key is made and
     * every account sealed as it stands (trust on first use, audited with the count).
     */
    void sealOlderStore(DataKey dataKey, String actor) {
        if (dataKey == null || sealed()) {
            return;
        }
        List<StoredUser> all = users.listAll();
        AccountKey key = createKey(dataKey, actor, all.size() + " accounts sealed as found (store from before seals)");
        all.forEach(u -> users.updateSeal(seal(u, key)));
    }

    private static boolean verifies(StoredUser u, AccountKey key) {
        return u.sealVerifier() != null && key.verifies(fields(u), u.seal());
    }

    private static List<Object> fields(StoredUser u) {
        return Arrays.asList(u.name(), u.role(), u.unitCode(), u.disabled(), u.sealVerifier());
    }

    private static DataKey copy(DataKey master) {
        // the caller wipes the derivation's keys; the session keeps its own copy
        return PasswordHasher.copyOf(master);
    }

    private static AccessDeniedException tampered(String name) {
        return new AccessDeniedException(Messages.get("security.accountTampered", name));
    }
}
