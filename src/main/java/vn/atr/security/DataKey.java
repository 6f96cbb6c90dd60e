package vn.atr.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key used with AES-GCM: the data key that encrypts identifiers, or a key that wraps
 * it (password-derived or recovery). Lives only in memory; {@link #destroy()} wipes it.
 * Ciphertext text form: base64(12-byte nonce || ciphertext+tag). The associated data binds a
 * value to its place (row id and column), so ciphertexts cannot be swapped between rows.
 */
public final class DataKey {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private final byte[] key;
    private SecretKeySpec spec;
    private Cipher cipher; // reused: Cipher.getInstance per field dominated decrypting 10,000 identities

    private DataKey(byte[] key) {
        this.key = key;
    }

    public static DataKey random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new DataKey(k);
    }

    static DataKey of(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 key expected");
        }
        return new DataKey(key);
    }

    public String encrypt(String plaintext, String associatedData) {
        return plaintext == null ? null : encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
    }

    /** @throws KeyMismatchException if the value was not encrypted under this key (or was altered) */
    public String decrypt(String ciphertext, String associatedData) {
        return ciphertext == null ? null : new String(decryptBytes(ciphertext, associatedData), StandardCharsets.UTF_8);
    }

    /** This key encrypted under {@code wrappingKey}. */
    public String wrapWith(DataKey wrappingKey) {
        return wrappingKey.encryptBytes(key, "atr-data-key");
    }

    /** The key that {@code wrapped} holds, decrypted with this (wrapping) key. */
    public DataKey unwrap(String wrapped) {
        return of(decryptBytes(wrapped, "atr-data-key"));
    }

    public synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        cipher = null;
        spec = null; // SecretKeySpec keeps its own copy; dropping it is the best the JCE allows
    }

    byte[] bytes() {
        return key.clone();
    }

    private Cipher cipher() throws GeneralSecurityException {
        if (cipher == null) {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
            spec = new SecretKeySpec(key, "AES");
        }
        return cipher;
    }

    synchronized String encryptBytes(byte[] plaintext, String associatedData) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = cipher();
            c.init(Cipher.ENCRYPT_MODE, spec, new GCMParameterSpec(128, nonce));
            c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE + ct.length);
            System.arraycopy(ct, 0, out, NONCE, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    synchronized byte[] decryptBytes(String text, String associatedData) {
        try {
            byte[] in = Base64.getDecoder().decode(text);
            if (in.length < NONCE + 16) {
                throw new KeyMismatchException();
            }
            Cipher c = cipher();
            c.init(Cipher.DECRYPT_MODE, spec, new GCMParameterSpec(128, in, 0, NONCE));
            c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(in, NONCE, in.length - NONCE);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new KeyMismatchException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
