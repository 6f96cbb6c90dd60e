package vn.atr.ui.shell;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.atr.domain.Messages;

/**
 * What the desktop remembers between runs (window bounds, last screen, language), in
 * java.util.prefs: these belong to the person at this computer, not to the shared data file.
 */
public final class WindowState {
    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    public static WindowState forUser() {
        return new WindowState(Preferences.userRoot().node("vn/atr/ui"));
    }

    public String lastScreen(String fallback) {
        return prefs.get("screen", fallback);
    }

    public void setLastScreen(String id) {
        prefs.put("screen", id);
    }

    /** The report year last looked at (people usually work on one year for weeks). */
    public int reportYear(int fallback) {
        return prefs.getInt("reportYear", fallback);
    }

    public void setReportYear(int year) {
        prefs.putInt("reportYear", year);
    }

    public Locale language() {
        String tag = prefs.get("language", Messages.VIETNAMESE.toLanguageTag());
        return Locale.forLanguageTag(tag);
    }

    public void setLanguage(Locale locale) {
        prefs.put("language", locale.toLanguageTag());
    }

    /** Puts the window where it was, if that place is still on a screen; else a size fit for 1366x768. */
    public void restore(Stage stage) {
        double w = prefs.getDouble("w", 1280);
        double h = prefs.getDouble("h", 720);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, w, h).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    public void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("w", stage.getWidth());
            prefs.putDouble("h", stage.getHeight());
        }
    }
}
