package vn.atr.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak of the heap in use just after a garbage collection, from the collectors' own notifications. A
 * pool's peak usage also counts garbage not yet collected (an uncapped G1 lets it pile up into gigabytes); what
 * is still used after a collection is what the work kept, plus old garbage that only a later marking frees.
 * So this is an upper bound of the live heap, and the figure a heap goal is checked against (ADR 0165), with a
 * run in a JVM capped at the goal (-Xmx) as its proof.
 */
final class HeapAfterGc {
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        long used = 0;
                        var after = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc();
                        for (var e : after.entrySet()) {
                            if (HEAP_POOLS.contains(e.getKey())) {
                                used += ((MemoryUsage) e.getValue()).getUsed();
                            }
                        }
                        PEAK.accumulateAndGet(used, Math::max);
                        COLLECTIONS.incrementAndGet();
                    }
                }, null, null);
            }
        }
    }

    private HeapAfterGc() {
    }

    /** Starts a new peak (after a full collection, so that earlier work's garbage is not counted). */
    static void reset() {
        System.gc();
        PEAK.set(0);
        COLLECTIONS.set(0);
    }

    /** The peak in MB since {@link #reset}, or -1 when no collection ran (nothing to tell). */
    static long peakMb() {
        return COLLECTIONS.get() == 0 ? -1 : PEAK.get() / (1024 * 1024);
    }

    /**
     * {@link #peakMb} for a report line: "33 MB", or "n/a" when no collection was reported (none ran, or the
     * runtime has no collector notifications: the installed app's runtime leaves out {@code jdk.management}).
     */
    static String text() {
        long mb = peakMb();
        return mb < 0 ? "n/a" : String.format("%,d MB", mb);
    }

    /** Collections seen since {@link #reset}. */
    static long collections() {
        return COLLECTIONS.get();
    }
}
