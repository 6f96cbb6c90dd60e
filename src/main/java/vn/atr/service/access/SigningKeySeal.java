package vn.atr.service.access;

import java.util.Base64;
import java.util.Optional;
import vn.atr.domain.access.Permission;
import vn.atr.security.DataKey;
import vn.atr.security.KeyMismatchException;
import vn.atr.service.Session;
import vn.atr.store.Database;
import vn.atr.store.PackageTrustRepository;
import vn.atr.store.PackageTrustRepository.StoredKey;
import vn.atr.store.StoredUser;
import vn.atr.store.UserRepository;

/**
 * Where the installation's package signing key lives in a store with users (ADR 0190): a copy under the data
 * key, which compilers and administrators open, and one per account without the data key (managers, commune
 * staff, who export too) under that account's password key. The clear key stays only until every enabled
 * account that needs a copy has one, each made at that account's login; then it is dropped and the file alone
 * no longer signs packages. A store without users keeps it in clear: nothing secret exists to seal it with.
 */
public final class SigningKeySeal {
    private static final String DATA_AD = "atr-package-signing-key";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder UNB64 = Base64.getDecoder();

    private final Database db;
    private final PackageTrustRepository keys;
    private final UserRepository users;
    /** Set when this instance dropped the clear key: the caller checkpoints after its commit. */
    private volatile boolean sealedSinceCheckpoint;

    public SigningKeySeal(Database db) {
        this.db = db;
        this.keys = new PackageTrustRepository(db);
        this.users = new UserRepository(db);
    }

    /** What a login does with the key: the key it opens for the session (null: none, or a key holder's), and the
     *  copies to write in the login's transaction. */
    record AtLogin(byte[] key, Runnable writes) {
    }

    /**
     * At a login whose password key is {@code kek} ({@code dataKey}: the data key it opened, or null): while the
     * key is in clear, makes the copy this account needs and drops the clear key once none is missing; once
     * sealed, opens the account's own copy.
     */
    AtLogin atLogin(StoredUser u, DataKey kek, DataKey dataKey) {
        StoredKey k = keys.ownKey().orElse(null);
        if (k == null) {
            return new AtLogin(null, () -> { });
        }
        if (k.sealed()) {
            return new AtLogin(dataKey != null || u.signingGrant() == null ? null : openGrant(u.name(), u.signingGrant(),
                    kek), () -> { });
        }
        String clear = k.privateKey();
        String dataSealed = dataKey != null && k.dataSealed() == null ? dataKey.encrypt(clear, DATA_AD) : null;
        String grant = dataKey == null && u.signingGrant() == null ? kek.encrypt(clear, grantAd(u.name())) : null;
        return new AtLogin(dataKey == null ? UNB64.decode(clear) : null, () -> {
            if (dataSealed != null) {
                keys.saveDataSealed(dataSealed);
            }
            if (grant != null) {
                users.addSigningGrant(u.name(), grant, u.verifier());
            }
            sealIfComplete(u.name());
        });
    }

    /** The private key (PKCS#8) this session can open: in clear, with its data key, or its own copy from login. */
    public Optional<byte[]> open(Session s) {
        return open(s.dataKey(), s.signingKey());
    }

    Optional<byte[]> open(DataKey dataKey, byte[] ownCopy) {
        StoredKey k = keys.ownKey().orElse(null);
        if (k == null) {
            return Optional.empty();
        }
        if (!k.sealed()) {
            return Optional.of(UNB64.decode(k.privateKey()));
        }
        if (dataKey != null && k.dataSealed() != null) {
            try {
                return Optional.of(UNB64.decode(dataKey.decrypt(k.dataSealed(), DATA_AD)));
            } catch (KeyMismatchException e) {
                return Optional.empty(); // replaced in the file: the signer is refused, not the login
            }
        }
        return Optional.ofNullable(ownCopy);
    }

    /** A new key made by {@code s} (the first export): kept under the data key too when the session holds it. */
    public StoredKey newKey(Session s, byte[] publicKey, byte[] privateKey) {
        String clear = B64.encodeToString(privateKey);
        return new StoredKey(B64.encodeToString(publicKey), clear, false,
                s.dataKey() == null ? null : s.dataKey().encrypt(clear, DATA_AD));
    }

    /**
     * {@code u} with its copy of the key under the password key {@code kek}, when its role has no data key and
     * {@code key} is known (null: the copy is made at its next login while the key is in clear).
     */
    static StoredUser granted(StoredUser u, byte[] key, DataKey kek) {
        if (key == null || Permission.holdsDataKey(u.role())) {
            return u;
        }
        return u.withSigningGrant(kek.encrypt(B64.encodeToString(key), grantAd(u.name())));
    }

    /** Keeps the key under a new store's first data key, and seals it (no other account exists yet). */
    void atFirstAdministrator(DataKey dataKey, String actor) {
        keys.ownKey().filter(k -> !k.sealed()).ifPresent(k -> {
            keys.saveDataSealed(dataKey.encrypt(k.privateKey(), DATA_AD));
            sealIfComplete(actor);
        });
    }

    /**
     * The enabled accounts whose login would make a copy still missing while the key is in clear in a store with
     * users (the key holders when the data key's copy is missing, the others without their own); empty when the
     * key is sealed, absent, or the store has no users.
     */
    public java.util.List<String> awaitingCopy() {
        StoredKey k = keys.ownKey().orElse(null);
        if (k == null || k.sealed() || !users.anyUser()) {
            return java.util.List.of();
        }
        return users.listAll().stream().filter(u -> !u.disabled())
                .filter(u -> Permission.holdsDataKey(u.role()) ? k.dataSealed() == null : u.signingGrant() == null)
                .map(StoredUser::name).toList();
    }

    /** Drops the clear key once the data key's copy exists and every enabled account without it has its own. */
    public void sealIfComplete(String actor) {
        StoredKey k = keys.ownKey().orElse(null);
        if (k == null || k.sealed() || k.dataSealed() == null || !users.anyUser()) {
            return;
        }
        boolean complete = users.listAll().stream()
                .filter(u -> !u.disabled() && !Permission.holdsDataKey(u.role()))
                .allMatch(u -> u.signingGrant() != null);
        if (complete) {
            keys.dropClearKey();
            sealedSinceCheckpoint = true;
            db.audit().append(actor, "key.seal", "package_signing_key", null, null, null,
                    "package signing key kept only under the data key and the accounts' passwords");
        }
    }

    /**
     * After the transaction that dropped the clear key: folds the write-ahead log into the file, so that the key's
     * old page leaves both (the store deletes securely, ADR 0190). Nothing when this instance sealed nothing.
     */
    public void checkpointIfSealed() {
        if (sealedSinceCheckpoint) {
            sealedSinceCheckpoint = false;
            db.checkpoint();
        }
    }

    private static byte[] openGrant(String name, String grant, DataKey kek) {
        try {
            return UNB64.decode(kek.decrypt(grant, grantAd(name)));
        } catch (KeyMismatchException e) {
            return null; // a copy moved from another row: this account signs nothing until it is granted again
        }
    }

    private static String grantAd(String name) {
        return DATA_AD + ":" + name;
    }
}
