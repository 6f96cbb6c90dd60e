package vn.atr;

import vn.atr.cli.AtrCli;
import vn.atr.cli.Display;
import vn.atr.ui.shell.AtrApp;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: commands never start the JavaFX
 * toolkit. Without arguments it opens the window at once (the start-up path of ADR 0061, no parser loaded);
 * any argument, {@code --db FILE} and {@code --db=FILE} included, is parsed once by the command line, which
 * opens the window when no command is named.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 && Display.available()) {
            AtrApp.launchApp(null);
            return;
        }
        // A lambda, not AtrApp::launchApp: a command must not even load the JavaFX classes.
        System.exit(AtrCli.run(store -> AtrApp.launchApp(store), args));
    }
}
