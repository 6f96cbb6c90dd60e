package vn.atr.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one way the UI runs work that touches the store or files: off the FX thread in the app
 * ({@link #background}), on the calling thread in tests ({@link #synchronous}) so that TestFX
 * tests need no waiting. Failures go to the {@link ErrorHandler}; results come back on the FX thread.
 */
public final class TaskRunner {
    private final java.util.concurrent.Executor executor;
    private final ErrorHandler errors;

    private final boolean inline;

    private TaskRunner(java.util.concurrent.Executor executor, ErrorHandler errors, boolean inline) {
        this.executor = executor;
        this.errors = errors;
        this.inline = inline;
    }

    /** One worker thread: the store has one connection, so store work is serialised anyway. */
    public static TaskRunner background(ErrorHandler errors) {
        return new TaskRunner(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atr-task");
            t.setDaemon(true);
            return t;
        }), errors, false);
    }

    public static TaskRunner synchronous(ErrorHandler errors) {
        return new TaskRunner(Runnable::run, errors, false);
    }

    /**
     * Work and its continuation both at once on the calling thread ({@link #synchronous} still posts the
     * continuation to the FX queue, as every Task does): for {@code atr bench ui}, which measures whole
     * user actions inside one FX event.
     */
    public static TaskRunner inline(ErrorHandler errors) {
        return new TaskRunner(Runnable::run, errors, true);
    }

    /** Runs {@code work}, then {@code onSuccess} with its result on the FX thread (no Task when inline). */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        if (inline) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                errors.show(e);
                return null;
            }
            onSuccess.accept(result);
            return null;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(task, onSuccess);
    }

    /** Like {@link #run(Callable, Consumer)}, but a failure goes to {@code onFailure} (on the FX thread) instead of a message. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Runs a task that reports progress and may be cancelled (exports, imports). */
    public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess) {
        return submit(task, onSuccess, errors::show);
    }

    /** {@link #submit(Task, Consumer)} with the screen's own handling of a failure. */
    public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }
}
