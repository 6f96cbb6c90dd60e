package vn.atr.cli;

import java.util.Collection;
import java.util.Locale;
import vn.atr.domain.Messages;

/**
 * Whether the window can be shown. On Linux and other X11/Wayland systems a window needs DISPLAY or
 * WAYLAND_DISPLAY; without them JavaFX dies with a stack trace, so the launcher says so in one line and
 * names the commands that work without a screen. Windows and macOS always have one.
 */
public final class Display {
    static final String X11 = "DISPLAY";
    static final String WAYLAND = "WAYLAND_DISPLAY";

    private Display() {
    }

    public static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return Environment.get(X11) != null || Environment.get(WAYLAND) != null;
    }

    /** One line: no display, and the commands that need none. */
    static String missingMessage(Collection<String> commands) {
        return Messages.get("cli.noDisplay", String.join(", ", commands.stream().filter(c -> !c.equals("help")).toList()));
    }
}
