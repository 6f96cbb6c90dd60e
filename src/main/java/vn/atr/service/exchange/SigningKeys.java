package vn.atr.service.exchange;

import java.util.Base64;
import vn.atr.security.Ed25519;
import vn.atr.store.PackageTrustRepository;

/**
 * This installation's package signing key pair, created (Ed25519) the first time a package or the key
 * file needs it, in the caller's transaction: a key made for an export that fails is not kept.
 * The private key is kept as its PKCS#8 encoding in the store (ADR 0080 says what protects it).
 */
final class SigningKeys {
    private final PackageTrustRepository repo;

    SigningKeys(PackageTrustRepository repo) {
        this.repo = repo;
    }

    Ed25519.Keys current() {
        Base64.Decoder b64 = Base64.getDecoder();
        return repo.ownKey().map(k -> new Ed25519.Keys(b64.decode(k.publicKey()), b64.decode(k.privateKey())))
                .orElseGet(() -> {
                    Ed25519.Keys created = Ed25519.generate();
                    Base64.Encoder enc = Base64.getEncoder();
                    repo.saveOwnKey(new PackageTrustRepository.StoredKey(enc.encodeToString(created.publicKey()),
                            enc.encodeToString(created.privateKey()), false));
                    return created;
                });
    }

    /** The own key's fingerprint, or null while this installation has none. */
    String fingerprint() {
        return repo.ownKey().map(k -> Ed25519.fingerprint(Base64.getDecoder().decode(k.publicKey()))).orElse(null);
    }
}
