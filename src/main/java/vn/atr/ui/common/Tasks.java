package vn.atr.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * How shared parts of the UI run work that touches the store or files: off the FX thread, with the result
 * handed back on it and failures shown to the user. The shell's task runner is the one implementation.
 */
public interface Tasks {
    <T> void run(Callable<T> work, Consumer<T> onSuccess);

    /** Like {@link #run(Callable, Consumer)}, but a failure goes to {@code onFailure} on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Shows a failure as {@link #run(Callable, Consumer)} would have. */
    void report(Throwable failure);
}
