package vn.atr.ui;

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

    private TaskRunner(java.util.concurrent.Executor executor, ErrorHandler errors) {
        this.executor = executor;
        this.errors = errors;
    }

    /** One worker thread: the store has one connection, so store work is serialised anyway. */
    public static TaskRunner background(ErrorHandler errors) {
        return new TaskRunner(java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atr-task");
            t.setDaemon(true);
            return t;
        }), errors);
    }

    public static TaskRunner synchronous(ErrorHandler errors) {
        return new TaskRunner(Runnable::run, errors);
    }

    /** Runs {@code work}, then {@code onSuccess} with its result on the FX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
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
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> errors.show(task.getException()));
        executor.execute(task);
        return task;
    }
}
