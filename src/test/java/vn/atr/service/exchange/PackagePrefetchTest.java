package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The packages read ahead of a batch: let go when the batch ends, even in the middle of a read. */
class PackagePrefetchTest {
    @Test
    void closingWaitsForTheFilesBeingReadAhead() throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        java.util.Set<Thread> readers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Path> files = List.of(Path.of("a.atrpkg"), Path.of("b.atrpkg"), Path.of("c.atrpkg"), Path.of("d.atrpkg"));
        try (PackagePrefetch ahead = new PackagePrefetch(files, f -> {
            started.incrementAndGet();
            readers.add(Thread.currentThread());
            // a read that does not stop when interrupted, as reading a zip entry does not
            for (long end = System.nanoTime() + 300_000_000L; System.nanoTime() < end; ) {
                Thread.onSpinWait();
            }
            finished.incrementAndGet();
            return null;
        })) {
            assertThat(ahead.get(0)).isNull(); // the first read; the second has started beside it
        }

        assertThat(started.get()).isGreaterThanOrEqualTo(2);
        assertThat(finished.get()).as("every read begun has ended").isEqualTo(started.get());
        // and the read-ahead threads end (a thread returns from its last frame a moment after its pool says so; other
        // tests' batches may have threads of the same name meanwhile)
        for (Thread t : readers) {
            t.join(5_000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
    }
}
