package vn.atr;

import vn.atr.cli.AtrCli;
import vn.atr.ui.shell.AtrApp;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: with arguments it runs
 * the command line and never starts the JavaFX toolkit; without arguments it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--db")) {
            AtrApp.launchApp(args);
            return;
        }
        System.exit(AtrCli.run(args));
    }
}
