package vn.atr.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
import vn.atr.domain.OpenStep;

/**
 * Opens the store on its own thread while JavaFX starts its toolkit (ADR 0061): the integrity check
 * and the schema check need no toolkit, and on two cores the two halves of the start run side by side
 * instead of one after the other. The window still waits for the result ({@link #await}) before it
 * shows anything, so what is checked, and the questions asked when the store cannot be opened for
 * writing, are exactly those of an open on the FX thread; only the order of the work changes.
 */
public final class EarlyStore {
    private final String store;
    private final CompletableFuture<Services> opened = new CompletableFuture<>();
    private OpenStep lastStep;
    private java.util.function.Consumer<OpenStep> stepListener = OpenStep.IGNORED;

    private EarlyStore(String store) {
        this.store = store;
    }

    public static EarlyStore start(Path store) {
        return start(store.toString());
    }

    /** Starts opening {@code store} (a file name or a postgresql:// address) for writing on a daemon thread. */
    public static EarlyStore start(String store) {
        EarlyStore early = new EarlyStore(store);
        Thread t = new Thread(() -> {
            try {
                // In the user's language, as on the FX thread: the store's messages are formatted as thrown.
                Messages.setLocale(WindowState.forUser().language());
                // Logback reads its configuration here, beside the toolkit start, before the FX thread's
                // first logger (the error handler) would have to wait for it.
                org.slf4j.LoggerFactory.getILoggerFactory();
                early.opened.complete(Services.open(store, early::stepped));
            } catch (Throwable failure) { // handed to the FX thread as it is, errors included
                early.opened.completeExceptionally(failure);
            } finally {
                early.ended();
            }
        }, "atr-store-open");
        t.setDaemon(true);
        t.start();
        return early;
    }

    public boolean isFor(Path path) {
        return isFor(path.toString());
    }

    public boolean isFor(String address) {
        return store.equals(address);
    }

    private synchronized void stepped(OpenStep step) {
        lastStep = step;
        stepListener.accept(step);
    }

    /** Opening has ended: the listener (and the notice it holds) is let go. */
    private synchronized void ended() {
        stepListener = OpenStep.IGNORED;
    }

    /**
     * Tells {@code listener} each step of the opening from now on, on the opening thread, and at once the step
     * it is at, if any (the notice shows late, after the first steps).
     */
    public synchronized void onStep(java.util.function.Consumer<OpenStep> listener) {
        stepListener = listener;
        if (lastStep != null) {
            listener.accept(lastStep);
        }
    }

    /** Whether opening has ended (opened or failed): {@link #await} then returns at once. */
    public boolean isDone() {
        return opened.isDone();
    }

    /** Runs {@code then} once opening has ended, on the thread that ended it (or at once if it has). */
    public void whenDone(Runnable then) {
        opened.whenComplete((services, failure) -> then.run());
    }

    /** The opened services, or what opening threw, as if {@link Services#open} had been called here. */
    public Services await() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
