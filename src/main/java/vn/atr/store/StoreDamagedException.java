package vn.atr.store;

/** The store failed its integrity check on open (the app then opens it read-only and offers a restore). */
public final class StoreDamagedException extends StoreException {
    public StoreDamagedException(String message) {
        super(message);
    }

    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
