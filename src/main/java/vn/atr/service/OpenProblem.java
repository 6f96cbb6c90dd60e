package vn.atr.service;

import vn.atr.store.StoreDamagedException;
import vn.atr.store.StoreInUseException;

/**
 * Why {@link Services#open} refused a store, so that the app can choose what to do: a damaged store
 * is opened read-only with a one-click restore, a store in use by another ATR opens read-only or not
 * at all, anything else (missing folder, newer schema) is shown and the app stops.
 */
public enum OpenProblem {
    DAMAGED, IN_USE, OTHER;

    public static OpenProblem of(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof StoreDamagedException) {
                return DAMAGED;
            }
            if (e instanceof StoreInUseException) {
                return IN_USE;
            }
        }
        return OTHER;
    }
}
