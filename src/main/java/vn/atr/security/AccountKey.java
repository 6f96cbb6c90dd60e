package vn.atr.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The installation's account key (Ed25519): it signs every account row (name, role, unit, state and the
 * password verifier), so a row edited outside ATR no longer verifies. Anyone can check a seal with the
 * public half, stored in clear; the private half is stored only encrypted under the data key, so only a
 * login that holds the data key (compiler, administrator) or the recovery key can seal (ADR 0086).
 */
public final class AccountKey {
    private static final String AAD = "atr-account-key";
    private final PublicKey publicKey;
    private final PrivateKey privateKey; // null: can check seals, not make them

    private AccountKey(PublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    public static AccountKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new AccountKey(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    /** The checking half only, from its stored text. @throws KeyMismatchException if it is not a key */
    public static AccountKey publicOnly(String publicText) {
        try {
            return new AccountKey(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicText))), null);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyMismatchException();
        }
    }

    /**
     * Both halves: the private one decrypted with the data key, and checked to belong to the stored
     * public one (a public key swapped in the file is found here). @throws KeyMismatchException otherwise
     */
    public static AccountKey open(String publicText, String sealedPrivate, DataKey dataKey) {
        AccountKey checking = publicOnly(publicText);
        try {
            byte[] encoded = dataKey.decryptBytes(sealedPrivate, AAD);
            PrivateKey priv = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            AccountKey both = new AccountKey(checking.publicKey, priv);
            List<String> probe = List.of("atr-account-key-probe");
            if (!checking.verifies(probe, both.sign(probe))) {
                throw new KeyMismatchException();
            }
            return both;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyMismatchException();
        }
    }

    public String publicText() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The private half, encrypted under {@code dataKey}, for the store. */
    public String sealedPrivate(DataKey dataKey) {
        return dataKey.encryptBytes(privateKey.getEncoded(), AAD);
    }

    public boolean canSign() {
        return privateKey != null;
    }

    /** The seal of {@code fields} (base64 signature). */
    public String sign(List<?> fields) {
        if (privateKey == null) {
            throw new IllegalStateException("account key without its private half");
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(encode(fields));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public boolean verifies(List<?> fields, String seal) {
        if (seal == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey);
            s.update(encode(fields));
            return s.verify(Base64.getDecoder().decode(seal));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] encode(List<?> fields) {
        StringBuilder b = new StringBuilder("atr-account-seal-v1");
        for (Object f : fields) {
            b.append('\u001f').append(f);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
