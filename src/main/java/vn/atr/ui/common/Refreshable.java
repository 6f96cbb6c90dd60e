package vn.atr.ui.common;

/** A screen that re-reads the store when the user comes back to it (the data may have changed meanwhile). */
public interface Refreshable {
    void refresh();
}
