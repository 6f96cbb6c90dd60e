package vn.atr.store;

import vn.atr.domain.AtrException;

/** A store problem the user can act on (missing folder, damaged file...); the message is user-facing. */
public class StoreException extends AtrException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
