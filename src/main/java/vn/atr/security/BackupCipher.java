package vn.atr.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * Password encryption of a backup file for a USB stick: AES-256-GCM with a key derived from the
 * password by PBKDF2-HMAC-SHA256 (random salt per file). Layout: magic "ATRBAK1\n", iterations
 * (int), 16-byte salt, 12-byte nonce, ciphertext with its 16-byte tag. GCM authenticates the whole
 * file, so a wrong password and a damaged file are both refused, never half-restored.
 */
public final class BackupCipher {
    private static final byte[] MAGIC = "ATRBAK1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 310_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {
    }

    /** Thrown for a wrong password or a damaged encrypted file. */
    public static final class BadPasswordException extends Exception {
        BadPasswordException(Throwable cause) {
            super(cause);
        }
    }

    public static boolean isEncrypted(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    public static byte[] encrypt(byte[] plain, char[] password) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, salt, nonce, ITERATIONS);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + 4 + 16 + 12 + sealed.length)
                    .put(MAGIC).putInt(ITERATIONS).put(salt).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public static byte[] decrypt(byte[] file, char[] password) throws BadPasswordException {
        if (!isEncrypted(file) || file.length < MAGIC.length + 4 + 16 + 12 + 16) {
            throw new BadPasswordException(null);
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, file.length - MAGIC.length);
        int iterations = in.getInt();
        if (iterations < 1 || iterations > 10_000_000) {
            throw new BadPasswordException(null);
        }
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        in.get(salt).get(nonce);
        try {
            return cipher(Cipher.DECRYPT_MODE, password, salt, nonce, iterations)
                    .doFinal(file, in.position(), in.remaining());
        } catch (AEADBadTagException e) {
            throw new BadPasswordException(e);
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
