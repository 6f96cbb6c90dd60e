package vn.atr.ui.shell;

/** Switches the main window to a screen; returns that screen's controller (for example to filter a list). */
public interface Navigator {
    Object open(String screenId);

    /** Rebuilds the window with the current language, staying on the current screen. */
    void reload();
}
