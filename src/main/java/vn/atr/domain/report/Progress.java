package vn.atr.domain.report;

import java.util.concurrent.CancellationException;

/**
 * Told how far an export is (0 to 1) and what it is doing; may be called from a worker thread.
 * Exports stop at the next step when their thread is interrupted (a cancelled UI task): they throw
 * {@link CancellationException} and leave no file behind.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (fraction, step) -> { };

    void update(double fraction, String step);

    /** Reports a step, first giving up if the work was cancelled. */
    default void step(double fraction, String step) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(step);
        }
        update(fraction, step);
    }
}
