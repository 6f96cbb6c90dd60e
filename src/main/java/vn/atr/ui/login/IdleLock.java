package vn.atr.ui.login;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.atr.ui.shell.AppContext;

/**
 * Locks the window after the configured idle time ({@code AuthService.idleLockAfter()}): the
 * session's key is wiped and the services refuse everything, while the screens stay as they are,
 * unsaved input included, under a login dialog that only the same user can pass. Any key or mouse
 * input on the window restarts the count. Nothing happens on a store without users.
 */
public final class IdleLock {
    private final AppContext context;
    private final Stage stage;
    private final PauseTransition timer;
    private final EventHandler<InputEvent> restart;
    private boolean locked;

    private IdleLock(AppContext context, Stage stage, Duration idle) {
        this.context = context;
        this.stage = stage;
        this.timer = new PauseTransition(idle);
        timer.setOnFinished(e -> lockNow());
        restart = e -> {
            if (!locked) {
                timer.playFromStart();
            }
        };
    }

    /** Starts watching {@code stage}; returns null in single-user mode (no one to ask for). */
    public static IdleLock install(AppContext context, Stage stage) {
        if (context.services().session().isSingleUser()) {
            return null;
        }
        IdleLock lock = new IdleLock(context, stage,
                Duration.millis(context.services().auth().idleLockAfter().toMillis()));
        stage.addEventFilter(InputEvent.ANY, lock.restart);
        lock.timer.play();
        return lock;
    }

    /** Stops watching the window (tests reuse one stage). */
    public void uninstall() {
        timer.stop();
        stage.removeEventFilter(InputEvent.ANY, restart);
    }

    /** Locks at once (the timer's action; tests call it rather than wait). */
    public void lockNow() {
        if (locked || !context.services().session().isLoggedIn()) { // logged out: the login already asks
            return;
        }
        locked = true;
        timer.stop();
        String user = context.services().auth().lock();
        LoginDialog.show(context, stage, user, () -> {
            locked = false;
            timer.playFromStart();
        }, Platform::exit);
    }

    public boolean isLocked() {
        return locked;
    }
}
