package vn.atr.service.exchange;

import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.security.Ed25519;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;
import vn.atr.service.access.SigningKeySeal;
import vn.atr.store.PackageTrustRepository;

/**
 * This installation's package signing key pair, created (Ed25519) the first time a package or the key
 * file needs it, in the caller's transaction: a key made for an export that fails is not kept. In a store with
 * users the private key is sealed ({@link SigningKeySeal}, ADR 0190): the session opens it to sign.
 */
final class SigningKeys {
    private final PackageTrustRepository repo;
    private final SigningKeySeal seal;
    private final Supplier<Session> session;
    /** The fingerprint read within {@link #fingerprintReadOnce}, per thread; null outside it. */
    private final ThreadLocal<Optional<String>[]> readOnce = new ThreadLocal<>();

    SigningKeys(PackageTrustRepository repo, SigningKeySeal seal, Supplier<Session> session) {
        this.repo = repo;
        this.seal = seal;
        this.session = session;
    }

    /** The pair to sign with: refused when the session cannot open a sealed key. */
    Ed25519.Keys current() {
        byte[] publicKey = publicKey();
        Session s = session.get();
        byte[] privateKey = seal.open(s).orElseThrow(() -> new ServiceException(Messages.get(
                "exchange.signingKeyLocked", s.userName())));
        return new Ed25519.Keys(publicKey, privateKey);
    }

    /** The public key, the pair created first if this installation has none yet. */
    byte[] publicKey() {
        return repo.ownKey().map(k -> Base64.getDecoder().decode(k.publicKey())).orElseGet(() -> {
            Ed25519.Keys created = Ed25519.generate();
            Session s = session.get();
            repo.saveOwnKey(seal.newKey(s, created.publicKey(), created.privateKey()));
            seal.sealIfComplete(s.userName());
            return created.publicKey();
        });
    }

    /** After the caller's commit: the file folded in if making the key sealed it at once. */
    void checkpointIfSealed() {
        seal.checkpointIfSealed();
    }

    /** The own key's fingerprint, or null while this installation has none. */
    String fingerprint() {
        Optional<String>[] read = readOnce.get();
        if (read == null) {
            return readFingerprint();
        }
        if (read[0] == null) {
            read[0] = Optional.ofNullable(readFingerprint());
        }
        return read[0].orElse(null);
    }

    private String readFingerprint() {
        return repo.ownKey().map(k -> Ed25519.fingerprint(Base64.getDecoder().decode(k.publicKey()))).orElse(null);
    }

    /**
     * Runs {@code work} (on this thread) with the own fingerprint read once, for work that makes no key: a batch of
     * imports checks every package's signer against it, and each read was a round trip to a PostgreSQL server.
     */
    <T> T fingerprintReadOnce(Supplier<T> work) {
        if (readOnce.get() != null) {
            return work.get();
        }
        @SuppressWarnings("unchecked")
        Optional<String>[] read = new Optional[1];
        readOnce.set(read);
        try {
            return work.get();
        } finally {
            readOnce.remove();
        }
    }
}
