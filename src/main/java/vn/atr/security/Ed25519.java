package vn.atr.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ed25519 signatures (the JDK's own), for exchange packages: an installation's key pair, signing, and
 * checking a signature against a public key. Keys travel as their standard encodings (public X.509,
 * private PKCS#8). A public key is shown to people by its fingerprint: the first 16 bytes of the SHA-256
 * of its encoding, as 8 groups of 4 hex digits, short enough to read out over the phone.
 */
public final class Ed25519 {
    private static final String ALGORITHM = "Ed25519";

    private Ed25519() {
    }

    /** A key pair in its standard encodings. */
    public record Keys(byte[] publicKey, byte[] privateKey) {
    }

    public static Keys generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new Keys(pair.getPublic().getEncoded(), pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public static byte[] sign(byte[] privateKey, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** False for a wrong signature and for a key or signature that is not Ed25519 at all. */
    public static boolean verify(byte[] publicKey, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKey)));
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String fingerprint(byte[] publicKey) {
        return grouped(HexFormat.of().withUpperCase().formatHex(Sha256.digest().digest(publicKey), 0, 16));
    }

    /** A fingerprint as typed (any case, with or without dashes or spaces) in its shown form. */
    public static String normalise(String typed) {
        String hex = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return hex.matches("[0-9A-F]{32}") ? grouped(hex) : typed == null ? "" : typed.strip();
    }

    private static String grouped(String hex) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            b.append(i == 0 ? "" : "-").append(hex, i, i + 4);
        }
        return b.toString();
    }
}
