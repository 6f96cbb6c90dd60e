package vn.atr.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slow, salted password derivation (PBKDF2-HMAC-SHA256). One derivation gives two independent
 * secrets: a verifier stored to check the password, and a key-encryption key that unwraps the data
 * key (never stored). Doing both from one PBKDF2 run keeps a login to one slow step.
 * The password array is never copied into a String, logged or put in an exception.
 */
public final class PasswordHasher {
    /**
     * Tuned on this machine: 1,500,000 gave 0.29 s per warm login when idle (under the 0.3 s floor),
     * 1,800,000 gives 0.34 s (README, Performance). Stored per user, so older accounts keep theirs.
     */
    public static final int ITERATIONS = 1_800_000;
    public static final int MIN_ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    /**
     * What a password derives to: the stored verifier, the in-memory key-encryption key, and the
     * derivation's own output (the secret the verifier comes from), which proves to an account seal
     * that a new password's holder knew the sealed one (ADR 0086). Both keys are wiped by {@link #destroy()}.
     */
    public record Derived(byte[] verifier, DataKey keyEncryptionKey, DataKey master) {
        public void destroy() {
            keyEncryptionKey.destroy();
            master.destroy();
        }
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public static Derived derive(char[] password, byte[] salt, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("iterations below " + MIN_ITERATIONS);
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            byte[] verifier = hmac(master, "atr-password-verifier");
            byte[] kek = hmac(master, "atr-key-encryption-key");
            return new Derived(verifier, DataKey.of(kek), DataKey.of(master.clone()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 unavailable", e);
        } finally {
            spec.clearPassword();
            if (master != null) {
                Arrays.fill(master, (byte) 0);
            }
        }
    }

    /** The verifier that the derivation output {@code master} gives (checking a seal's link). */
    public static byte[] verifierOf(DataKey master) {
        byte[] m = master.bytes();
        try {
            return hmac(m, "atr-password-verifier");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        } finally {
            Arrays.fill(m, (byte) 0);
        }
    }

    /** {@code master} encrypted under {@code kek}, bound to the account: a seal's link. */
    public static String link(DataKey master, DataKey kek, String account) {
        byte[] m = master.bytes();
        try {
            return kek.encryptBytes(m, "atr-seal-link/" + account);
        } finally {
            Arrays.fill(m, (byte) 0);
        }
    }

    /** The secret a link holds. @throws KeyMismatchException if {@code kek} is not the one that made it */
    public static DataKey openLink(String link, DataKey kek, String account) {
        byte[] m = kek.decryptBytes(link, "atr-seal-link/" + account);
        if (m.length != 32) {
            throw new KeyMismatchException();
        }
        return DataKey.of(m);
    }

    /** An independent copy of {@code key} (wiping one leaves the other). */
    public static DataKey copyOf(DataKey key) {
        return DataKey.of(key.bytes());
    }

    /** Constant-time comparison, so the time taken tells nothing about how much matched. */
    public static boolean matches(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] hmac(byte[] key, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    }
}
