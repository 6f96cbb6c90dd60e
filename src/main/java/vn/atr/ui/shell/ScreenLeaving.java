package vn.atr.ui.shell;

/**
 * A screen told that the window's screens are being loaded anew (a language change): it is no longer shown, and
 * hands over anything it holds that is not saved yet.
 */
public interface ScreenLeaving {
    void leaving();
}
