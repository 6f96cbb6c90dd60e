package vn.atr.security;

/** A ciphertext that this key does not open: wrong key, or altered bytes. Carries no key material. */
public final class KeyMismatchException extends RuntimeException {
    public KeyMismatchException() {
        super("ciphertext does not match the key");
    }
}
