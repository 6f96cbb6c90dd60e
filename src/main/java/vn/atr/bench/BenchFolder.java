package vn.atr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a benchmark writes into: the user's {@code --dir} as given, made if it does not exist yet (never
 * deleted: it may hold the user's own files), or a fresh temporary folder that is removed with everything in it when the benchmark
 * ends, so repeated runs leave nothing behind in the system temp folder.
 */
public final class BenchFolder {
    /** A benchmark run in a folder. */
    public interface Body {
        void run(Path folder) throws Exception;
    }

    private BenchFolder() {
    }

    /** Runs {@code body} in {@code given}, or in a temporary folder under the system temp folder. */
    public static int run(Path given, Body body) throws Exception {
        return run(given, null, body);
    }

    /** As {@link #run(Path, Body)}, the temporary folder made under {@code tempParent} when it is not null. */
    public static int run(Path given, Path tempParent, Body body) throws Exception {
        if (given != null) {
            Files.createDirectories(given); // a bench's children (atr sample...) would fail on a missing folder
            body.run(given);
            return 0;
        }
        Path temp = tempParent == null ? Files.createTempDirectory("atr-bench")
                : Files.createTempDirectory(tempParent, "atr-bench");
        try {
            body.run(temp);
        } finally {
            deleteRecursively(temp);
        }
        return 0;
    }

    /** Deletes a folder and its content, deepest first; symbolic links are removed, not followed. */
    public static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
