package vn.atr.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The layout of a password-encrypted backup file for a USB stick, sealed by {@link PasswordCipher}:
 * magic "ATRBAK1\n", iterations (int), 16-byte salt, 12-byte nonce, ciphertext with its 16-byte tag.
 * No associated data, as before the cipher was shared, so every backup written since backups were
 * encrypted still opens. GCM authenticates the whole ciphertext, and the header's parameters are what
 * derive the key, so a wrong password and a damaged file are both refused, never half-restored.
 */
public final class BackupCipher {
    private static final byte[] MAGIC = "ATRBAK1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NO_ASSOCIATED_DATA = new byte[0];
    private static final int HEADER = MAGIC.length + 4 + PasswordCipher.SALT + PasswordCipher.NONCE;

    private BackupCipher() {
    }

    /** Thrown for a wrong password, a damaged encrypted file or parameters outside the policy. */
    public static final class BadPasswordException extends Exception {
        BadPasswordException(Throwable cause) {
            super(cause);
        }
    }

    public static boolean isEncrypted(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    public static byte[] encrypt(byte[] plain, char[] password) {
        PasswordCipher.Sealed s = PasswordCipher.seal(plain, password, NO_ASSOCIATED_DATA);
        return ByteBuffer.allocate(HEADER + s.ciphertext().length).put(MAGIC).putInt(s.iterations()).put(s.salt())
                .put(s.nonce()).put(s.ciphertext()).array();
    }

    public static byte[] decrypt(byte[] file, char[] password) throws BadPasswordException {
        if (!isEncrypted(file) || file.length < HEADER + 16) {
            throw new BadPasswordException(null);
        }
        ByteBuffer in = ByteBuffer.wrap(file, MAGIC.length, file.length - MAGIC.length);
        int iterations = in.getInt();
        byte[] salt = new byte[PasswordCipher.SALT];
        byte[] nonce = new byte[PasswordCipher.NONCE];
        in.get(salt).get(nonce);
        byte[] sealed = Arrays.copyOfRange(file, in.position(), file.length);
        try {
            return PasswordCipher.open(new PasswordCipher.Sealed(iterations, salt, nonce, sealed), password,
                    NO_ASSOCIATED_DATA);
        } catch (KeyMismatchException | IllegalArgumentException e) {
            throw new BadPasswordException(e);
        }
    }
}
