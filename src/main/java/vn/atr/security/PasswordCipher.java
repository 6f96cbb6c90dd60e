package vn.atr.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one password-based cipher, for backups and exchange packages alike: AES-256-GCM under a key from
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt and 12-byte nonce per file. The iteration count travels
 * with each file (backup header, package manifest), so files written with an older count still open;
 * new files use {@link #ITERATIONS}. Counts below {@link #MIN_ITERATIONS} (the lowest any released file
 * used: backups with 310,000) or absurdly high ones are refused before any work.
 */
public final class PasswordCipher {
    /** OWASP 2023 for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    public static final int MIN_ITERATIONS = 310_000;
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int SALT = 16;
    public static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordCipher() {
    }

    /** What a file must keep beside the ciphertext to open it again (the password itself never). */
    public record Sealed(int iterations, byte[] salt, byte[] nonce, byte[] ciphertext) {
    }

    public static boolean acceptsIterations(int iterations) {
        return iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS;
    }

    /** {@code associated}: bytes the tag also covers (not encrypted), binding the ciphertext to its context. */
    public static Sealed seal(byte[] plain, char[] password, byte[] associated) {
        byte[] salt = random(SALT);
        byte[] nonce = random(NONCE);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, password, salt, nonce, ITERATIONS);
            c.updateAAD(associated);
            return new Sealed(ITERATIONS, salt, nonce, c.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * @throws KeyMismatchException for a wrong password, altered ciphertext or other associated data
     * @throws IllegalArgumentException for an iteration count outside the policy or malformed parameters
     */
    public static byte[] open(Sealed s, char[] password, byte[] associated) {
        if (!acceptsIterations(s.iterations())) {
            throw new IllegalArgumentException("iterations " + s.iterations());
        }
        if (s.salt().length != SALT || s.nonce().length != NONCE) {
            throw new IllegalArgumentException("salt or nonce length");
        }
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, password, s.salt(), s.nonce(), s.iterations());
            c.updateAAD(associated);
            return c.doFinal(s.ciphertext());
        } catch (AEADBadTagException e) {
            throw new KeyMismatchException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static Cipher cipher(int mode, char[] password, byte[] salt, byte[] nonce, int iterations)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            return cipher;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
