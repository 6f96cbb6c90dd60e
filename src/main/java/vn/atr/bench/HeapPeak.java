package vn.atr.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of the heap in use (garbage included), sampled every 2 ms on a thread of its own and at each reading.
 * The sum of the heap pools' own peaks, read before, counts each pool at its own highest moment, the young and the
 * old generation full at once, which never happens: it printed 705 MB for a JVM capped at 512.
 */
final class HeapPeak {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong PEAK = new AtomicLong();

    static {
        Sampler.start("bench-heap-peak", 2, HeapPeak::sample);
    }

    private HeapPeak() {
    }

    /** Starts a new peak from the heap in use now. */
    static void reset() {
        PEAK.set(0);
        sample();
    }

    /** The peak since {@link #reset}, in bytes. */
    static long bytes() {
        sample();
        return PEAK.get();
    }

    private static void sample() {
        PEAK.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
    }
}
