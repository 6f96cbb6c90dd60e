package vn.atr.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
public final class StartupProbe {
    public static final String PROBE = "atr.startupProbe";
    public static final String EXIT = "atr.exitAfterStart";
    /** How long the window stays after it is shown when exiting by itself (ms; room for a screenshot). */
    public static final String EXIT_DELAY = "atr.exitAfterStartMs";

    private StartupProbe() {
    }

    /** Call on the FX thread before the first window is shown. */
    public static void install() {
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
    public static void mark(String phase) {
        if (Boolean.getBoolean(EXIT) || Boolean.getBoolean(PROBE)) {
            System.out.println("ATR " + phase + " after " + sinceProcessStart() + " ms");
            System.out.flush();
        }
    }

    /**
     * Milliseconds since this process started. On Linux, from /proc (10 ms ticks): ProcessHandle's start
     * instant adds the process's start tick to the boot time of /proc/stat, which is in whole seconds, so
     * it is up to a second early (0.8 s on the machine of ADR 0061: every start looked 0.8 s slower).
     */
    public static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22, "starttime", in 1/100 s since boot
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException notLinux) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(start, Instant.now()).toMillis();
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
