package vn.atr.format.pkg;

import vn.atr.domain.Messages;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password encryption of a package payload: AES-256-GCM (the tag also proves the password right and
 * the payload intact), key from PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023), random salt
 * and nonce kept in the manifest.
 */
final class PackageCrypto {
    static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PackageCrypto() {
    }

    record Sealed(byte[] ciphertext, Manifest.Encryption params) {
    }

    static Sealed encrypt(byte[] plain, char[] password, byte[] associated) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt, ITERATIONS), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associated);
            byte[] out = cipher.doFinal(plain);
            Base64.Encoder b64 = Base64.getEncoder();
            return new Sealed(out, new Manifest.Encryption("AES-256-GCM", "PBKDF2WithHmacSHA256", ITERATIONS,
                    b64.encodeToString(salt), b64.encodeToString(nonce), PackageDigest.sha256(out)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decrypt(byte[] sealed, char[] password, Manifest.Encryption p, byte[] associated) {
        if (p.iterations() < 100_000 || p.iterations() > 10_000_000) {
            throw new PackageException(Messages.get("exchange.pkg.badIterations", p.iterations()));
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, b64.decode(p.salt()), p.iterations()),
                    new GCMParameterSpec(128, b64.decode(p.nonce())));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new PackageException(Messages.get("exchange.pkg.wrongPassword"));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PackageException(Messages.get("exchange.pkg.decryptFailed", e.getMessage()), e);
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }
}
