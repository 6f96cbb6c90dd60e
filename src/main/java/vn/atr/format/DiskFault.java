package vn.atr.format;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A disk problem simulated under {@link AtomicFiles} (test seam): a full disk after some bytes, or a
 * read-only folder. A real full disk cannot be made reliably on every test machine (no loop mounts
 * without privileges) and a read-only folder does not stop root, so tests inject the exception the
 * operating system would raise, at the point where it would raise it. Production code never sets one.
 */
public interface DiskFault {
    /** Before a temporary output file is created in its folder. */
    default void beforeCreate(Path temp) throws IOException {
    }

    /** Before {@code length} more bytes are written to {@code temp}, {@code written} already there. */
    default void beforeWrite(Path temp, long written, int length) throws IOException {
    }

    /** Before the complete temporary file is flushed and moved into place (fsync can fail too). */
    default void beforeCommit(Path temp, Path target) throws IOException {
    }

    /**
     * A full disk holding {@code folder}: "No space left on device" once a file there would grow past
     * {@code bytes}, or at the final fsync of a file written by another writer (SQLite's backup).
     */
    static DiskFault fullAfter(Path folder, long bytes) {
        Path disk = folder.toAbsolutePath();
        return new DiskFault() {
            @Override
            public void beforeWrite(Path temp, long written, int length) throws IOException {
                if (temp.startsWith(disk) && written + length > bytes) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void beforeCommit(Path temp, Path target) throws IOException {
                if (temp.startsWith(disk)) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    /** "Read-only file system" on creating anything in {@code folder} (or below it). */
    static DiskFault readOnlyFolder(Path folder) {
        Path disk = folder.toAbsolutePath();
        return new DiskFault() {
            @Override
            public void beforeCreate(Path temp) throws IOException {
                if (temp.startsWith(disk)) {
                    throw new FileSystemException(temp.toString(), null, "Read-only file system");
                }
            }
        };
    }
}
