package vn.atr.store;

/** The store (or a backup to restore) was written by a newer ATR: it is never opened for writing. */
public final class StoreNewerException extends StoreException {
    public StoreNewerException(String message) {
        super(message);
    }
}
