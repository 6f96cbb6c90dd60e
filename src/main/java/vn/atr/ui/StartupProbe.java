package vn.atr.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/**
 * Packaging aid (installer/README.md): with {@code -Datr.startupProbe=true} prints
 * "ATR window shown after N ms" (from process start) once the first window's first frame is done; with
 * {@code -Datr.exitAfterStart=true} also closes the app a moment later, so the build can record
 * an AppCDS archive of a real window start and the installer test can time it and take a screenshot.
 * Does nothing unless one of the properties is set.
 */
final class StartupProbe {
    static final String PROBE = "atr.startupProbe";
    static final String EXIT = "atr.exitAfterStart";
    /** How long the window stays after it is shown when exiting by itself (ms; room for a screenshot). */
    static final String EXIT_DELAY = "atr.exitAfterStartMs";

    private StartupProbe() {
    }

    /** Call on the FX thread before the first window is shown. */
    static void install() {
        boolean exit = Boolean.getBoolean(EXIT);
        if (!exit && !Boolean.getBoolean(PROBE)) {
            return;
        }
        Window.getWindows().addListener(new ListChangeListener<Window>() {
            @Override
            public void onChanged(Change<? extends Window> change) {
                Window.getWindows().removeListener(this);
                Window first = Window.getWindows().isEmpty() ? null : Window.getWindows().get(0);
                if (first != null && first.getScene() != null) {
                    FirstFrame.after(first.getScene(), () -> shown(exit)); // its first frame: what the user waits for
                } else {
                    Platform.runLater(() -> shown(exit));
                }
            }
        });
    }

    /** Prints "ATR {@code phase} after N ms" when probing: where a start spends its time (ADR 0061). */
    static void mark(String phase) {
        if (Boolean.getBoolean(EXIT) || Boolean.getBoolean(PROBE)) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.out.println("ATR " + phase + " after " + Duration.between(start, Instant.now()).toMillis() + " ms");
            System.out.flush();
        }
    }

    private static void shown(boolean exit) {
        mark("window shown");
        if (exit) {
            PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(Long.getLong(EXIT_DELAY, 500)));
            wait.setOnFinished(e -> Platform.exit());
            wait.play();
        }
    }
}
