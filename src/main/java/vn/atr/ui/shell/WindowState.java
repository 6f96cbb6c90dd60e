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

    /** The report year the user chose last, if they ever chose one (in any store). */
    public java.util.OptionalInt rememberedReportYear() {
        int year = prefs.getInt("reportYear", 0);
        return year >= 2000 && year <= 2100 ? java.util.OptionalInt.of(year) : java.util.OptionalInt.empty();
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

    /**
     * Puts the window where it was, if that place is still on a screen. The first time, a small screen
     * (an office PC's 1366x768) gets the window maximised; a larger one a 1280x720 window in its middle.
     */
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
        stage.setMaximized(prefs.getBoolean("maximized", isSmall(Screen.getPrimary().getVisualBounds())));
    }

    /** A screen on which the default 1280x720 window would leave less than a hand's width around it. */
    static boolean isSmall(javafx.geometry.Rectangle2D visual) {
        return visual.getWidth() < 1400 || visual.getHeight() < 800;
    }

    /** The folder the user last saved a file to (exports, reports, backups), if it still exists. */
    public java.util.Optional<java.nio.file.Path> lastFolder() {
        String f = prefs.get("lastFolder", null);
        return f == null ? java.util.Optional.empty()
                : java.util.Optional.of(java.nio.file.Path.of(f)).filter(java.nio.file.Files::isDirectory);
    }

    public void setLastFolder(java.nio.file.Path folder) {
        if (folder != null) {
            prefs.put("lastFolder", folder.toAbsolutePath().toString());
        }
    }

    /**
     * The PostgreSQL store chosen in the settings (its address, never a password: ADR 0135), opened at start
     * when the command line names none; empty: this computer's own data file.
     */
    public java.util.Optional<String> rememberedStore() {
        return java.util.Optional.ofNullable(prefs.get("store", null)).filter(s -> !s.isBlank());
    }

    /** Remembers {@code address} as the store to open at start; empty goes back to this computer's file. */
    public void setRememberedStore(java.util.Optional<String> address) {
        address.ifPresentOrElse(a -> prefs.put("store", a), () -> prefs.remove("store"));
    }

    /**
     * The report template chosen in the window for the store {@code storeKey}, if it still exists: each store is
     * one agency's, with its own template (keyed by the store file's absolute path, or the server's address).
     */
    public java.util.Optional<java.nio.file.Path> reportTemplate(String storeKey) {
        String f = prefs.get(templateKey(storeKey), null);
        return f == null ? java.util.Optional.empty()
                : java.util.Optional.of(java.nio.file.Path.of(f)).filter(java.nio.file.Files::isRegularFile);
    }

    /** Remembers the template chosen for {@code storeKey}; empty forgets it (the store's default applies again). */
    public void setReportTemplate(String storeKey, java.util.Optional<java.nio.file.Path> template) {
        template.ifPresentOrElse(t -> prefs.put(templateKey(storeKey), t.toAbsolutePath().toString()),
                () -> prefs.remove(templateKey(storeKey)));
    }

    /** A preferences key is at most 80 characters: the store's key goes in as a digest. */
    private static String templateKey(String storeKey) {
        return "reportTemplate." + Integer.toHexString(storeKey.hashCode());
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
