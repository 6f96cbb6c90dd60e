package vn.atr.service.xlsximport;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A workbook read on a second thread while the calling thread writes (ADR 0175). The reader thread parses
 * the sheets and turns rows into records, and never touches the store; the calling thread, which holds the
 * store's connection and the import's transaction, runs what the reader hands over: batches of records to
 * write and the few store reads the rows need. The queue is bounded, so at most a few batches wait in memory,
 * and a failure on either side stops both and reaches the caller.
 */
final class XlsxPipeline {
    /** Hand-overs waiting at most: a few batches of 1,000 records. */
    private static final int QUEUE = 4;
    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> tasks = new ArrayBlockingQueue<>(QUEUE);
    private final Thread caller = Thread.currentThread();

    /** Store work: run here when called on the calling thread, else handed over and waited for. */
    <T> T onStore(Supplier<T> work) {
        if (Thread.currentThread() == caller) {
            return work.get();
        }
        FutureTask<T> task = new FutureTask<>(work::get);
        put(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import stopped");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Store work whose result nobody waits for (a batch to write): run in order with the other hand-overs. */
    void later(Runnable work) {
        if (Thread.currentThread() == caller) {
            work.run();
        } else {
            put(work);
        }
    }

    private void put(Runnable task) {
        try {
            tasks.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import stopped");
        }
    }

    /**
     * Runs {@code read} on a new thread and, here, {@code meanwhile} and then the hand-overs until it ends. Its
     * failure is rethrown here; a failure here (a write refused) stops it at its next hand-over (or the end of
     * the workbook, if it has none left), and it has ended before this returns.
     */
    void run(Runnable read, Runnable meanwhile) {
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                read.run();
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                // Not put: a calling thread that failed drains nothing; it sees the thread end instead.
                tasks.offer(END);
            }
        }, "xlsx-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            meanwhile.run();
            for (Runnable task; (task = next(reader)) != END; ) {
                task.run();
            }
        } catch (RuntimeException | Error e) {
            reader.interrupt();
            while (reader.isAlive()) {
                tasks.clear(); // a reader blocked on a full queue moves on, sees the interrupt and stops
                joinBriefly(reader);
            }
            throw e;
        }
        joinBriefly(reader);
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** The next hand-over, or END once the reader has ended and left nothing (its END may not have fit). */
    private Runnable next(Thread reader) {
        try {
            while (true) {
                Runnable task = tasks.poll(50, TimeUnit.MILLISECONDS);
                if (task != null) {
                    return task;
                }
                if (!reader.isAlive() && tasks.isEmpty()) {
                    return END;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        }
    }

    private static void joinBriefly(Thread t) {
        try {
            t.join(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
