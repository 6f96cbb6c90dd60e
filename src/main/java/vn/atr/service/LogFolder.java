package vn.atr.service;

import ch.qos.logback.core.PropertyDefinerBase;
import java.io.IOException;
import java.nio.file.Path;
import vn.atr.format.OwnerOnly;

/**
 * Where the log files go, for logback.xml: {@code ATR_LOG_DIR} if set, else {@code logs} in the data
 * folder ({@link DataFolder}, so {@code ATR_HOME} moves the logs with the store). The folder is made for
 * its owner only (0700 on Linux), which keeps the files logback creates in it private as well.
 */
public final class LogFolder extends PropertyDefinerBase {

    public static Path path() {
        String override = System.getenv("ATR_LOG_DIR");
        return override != null && !override.isBlank() ? Path.of(override) : DataFolder.path().resolve("logs");
    }

    @Override
    public String getPropertyValue() {
        Path folder = path();
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            addWarn("Cannot create the log folder " + folder + ": " + e.getMessage());
        }
        return folder.toString();
    }
}
