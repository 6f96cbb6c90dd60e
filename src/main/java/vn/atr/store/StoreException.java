package vn.atr.store;

/** A store problem the user can act on (missing folder, damaged file...); the message is user-facing. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
