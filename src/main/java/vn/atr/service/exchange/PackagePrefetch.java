package vn.atr.service.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.atr.service.ServiceException;

/**
 * Reads and decodes the packages of a batch a few files ahead on two background threads, while the
 * caller's thread plans and writes the current one (the store is used by the caller's thread only).
 * Reading, checking and decoding a package (and, for a roll-up store, preparing its part) takes more time than
 * writing it: one thread kept the writer waiting half the time (ADR 0204). A failure is thrown by {@link #get}
 * for the file it belongs to, as if read there.
 */
final class PackagePrefetch implements AutoCloseable {
    private static final int AHEAD = 4; // a few 1,000-record packages in memory, not the whole batch
    private static final int THREADS = 2;

    private final List<Path> files;
    private final Function<Path, DecodedPackage> read;
    private final ExecutorService worker = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "atr-package-prefetch");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<DecodedPackage>> futures = new ArrayList<>();

    PackagePrefetch(List<Path> files, Function<Path, DecodedPackage> read) {
        this.files = List.copyOf(files);
        this.read = read;
    }

    /** How many files the batch has. */
    int size() {
        return files.size();
    }

    /** The i-th file decoded (waiting for it if needed); starts reading the next ones. */
    DecodedPackage get(int i) {
        while (futures.size() < Math.min(files.size(), i + 1 + AHEAD)) {
            Path f = files.get(futures.size());
            futures.add(worker.submit(() -> read.apply(f)));
        }
        try {
            DecodedPackage d = futures.get(i).get();
            futures.set(i, null); // let the decoded records go once planned
            return d;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ServiceException(String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(e.toString(), e);
        }
    }

    /**
     * Stops reading ahead and waits for a file being read to be let go (a package is read in well under a second):
     * the import's caller may then move or delete its files, which Windows refuses while one is open.
     */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
