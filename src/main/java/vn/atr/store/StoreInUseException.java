package vn.atr.store;

/** Another ATR window or command holds the store's writer lock (the app then offers read-only or exit). */
public final class StoreInUseException extends StoreException {
    public StoreInUseException(String message) {
        super(message);
    }
}
