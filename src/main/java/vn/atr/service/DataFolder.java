package vn.atr.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where ATR keeps the store, backups, logs and settings: outside the install folder so that
 * uninstalling or upgrading keeps them. {@code %APPDATA%\ATR} on Windows,
 * {@code $XDG_DATA_HOME/atr} (default {@code ~/.local/share/atr}) elsewhere; {@code ATR_HOME} overrides.
 */
public final class DataFolder {
    public static final String STORE_FILE = "atr.db";

    private DataFolder() {
    }

    public static Path path() {
        String override = System.getenv("ATR_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase().startsWith("windows") && appData != null) {
            return Path.of(appData, "ATR");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("atr");
    }

    /** The default store file, creating the data folder if needed. */
    public static Path defaultStore() {
        Path folder = path();
        try {
            vn.atr.format.OwnerOnly.createFolder(folder); // 0700 on Linux: the store, backups and logs live here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(STORE_FILE);
    }
}
