package vn.atr.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import vn.atr.ui.common.Tasks;

/**
 * The one way the UI runs work that touches the store or files: off the FX thread in the app
 * ({@link #background}), on the calling thread in tests ({@link #synchronous}) so that TestFX
 * tests need no waiting. Failures go to the {@link ErrorHandler}; results come back on the FX thread.
 */
public final class TaskRunner implements Tasks {
    private final Executor executor;
    private final ErrorHandler errors;

    private final boolean inline;

    private TaskRunner(Executor executor, ErrorHandler errors, boolean inline) {
        this.executor = executor;
        this.errors = errors;
        this.inline = inline;
    }

    /** One worker thread: the store has one connection, so store work is serialised anyway. */
    public static TaskRunner background(ErrorHandler errors) {
        return new TaskRunner(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atr-task");
            t.setDaemon(true);
            return t;
        }), errors, false);
    }

    public static TaskRunner synchronous(ErrorHandler errors) {
        return new TaskRunner(Runnable::run, errors, false);
    }

    /**
     * Work and its continuation both at once on the calling thread, with no JavaFX {@link Task} ({@link
     * #synchronous} still posts the continuation to the FX queue, as every Task does): for {@code atr bench
     * ui}, which measures whole user actions inside one FX event, and for view-model tests, which run
     * without the JavaFX toolkit (the pattern of JabRef's CurrentThreadTaskExecutor).
     */
    public static TaskRunner inline(ErrorHandler errors) {
        return inline(errors, Runnable::run);
    }

    /**
     * {@link #inline}, the work passed through {@code sameThread}, which must run it at once on the calling
     * thread: tests wrap it to see which store calls went through the runner.
     */
    public static TaskRunner inline(ErrorHandler errors, Executor sameThread) {
        return new TaskRunner(sameThread, errors, true);
    }

    /** Runs {@code work}, then {@code onSuccess} with its result on the FX thread; a failure is shown. */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, errors::show);
    }

    @Override
    public void report(Throwable failure) {
        errors.show(failure);
    }

    /** Like {@link #run(Callable, Consumer)}, but a failure goes to {@code onFailure} (on the FX thread) instead of a message. */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (inline) {
            runInline(work, onSuccess, onFailure);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        submit(task, onSuccess, onFailure);
    }

    private <T> void runInline(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        executor.execute(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            onFailure.accept(failure[0]);
            return;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        onSuccess.accept(value);
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
