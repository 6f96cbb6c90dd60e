package vn.atr.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once a scene has had its first pulse (styled, laid out and handed to the renderer): what
 * the user waits for at start is that frame, so work that is not needed for it goes after it (ADR 0061).
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code work} on the FX thread right after the next pulse of {@code scene}, once. */
    public static void after(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        boolean[] done = {false};
        listener[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                // Not removed here: the scene is iterating its listeners during the pulse.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    work.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
