package vn.atr.format;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import vn.atr.domain.Messages;

/**
 * "Write to a temporary file beside the target, flush it to disk, then move it into place": the
 * previous file stays whole until the new one is complete (full disk, read-only folder, power cut).
 * Every output file of ATR goes through here: backups, data packages, reports, created for their owner
 * only ({@link OwnerOnly}) and keeping that through the move. A failure is one
 * user-facing {@link OutputFileException} naming the file and the reason, and leaves no temporary file.
 */
public final class AtomicFiles {
    private static final ThreadLocal<DiskFault> FAULT = new ThreadLocal<>();

    private AtomicFiles() {
    }

    /** Writes the whole output to the stream it is given (the temporary file). */
    @FunctionalInterface
    public interface StreamWork {
        void write(OutputStream out) throws IOException;
    }

    /** Removes an injected fault when closed. */
    public interface Injection extends AutoCloseable {
        @Override
        void close();
    }

    /** Test seam: simulates {@code fault} for every output written on this thread until closed. */
    public static Injection inject(DiskFault fault) {
        FAULT.set(fault);
        return FAULT::remove;
    }

    /**
     * A fresh temporary name in the target's folder (same file system, so the move is atomic); the
     * folder must exist and be a folder.
     */
    public static Path tempBeside(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputFileException(Messages.get("file.writeFailed", absolute,
                    Messages.get("file.reason.noFolder", String.valueOf(folder))));
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        DiskFault fault = FAULT.get();
        if (fault != null) {
            try {
                fault.beforeCreate(temp);
            } catch (IOException e) {
                throw failed(absolute, e);
            }
        }
        return temp;
    }

    /** Creates an empty temporary file beside {@code target} (for writers that open it themselves, like SQLite). */
    public static Path createTemp(Path target) {
        Path temp = tempBeside(target);
        try {
            return OwnerOnly.createFile(temp);
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    /** Writes {@code content} to {@code target} through a temporary file; a failure leaves {@code target} as it was. */
    public static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    /** Writes {@code target} with {@code work} through a temporary file; a failure leaves {@code target} as it was. */
    public static void write(Path target, StreamWork work) {
        Path temp = tempBeside(target);
        Counted counted = null;
        try {
            OwnerOnly.createFile(temp); // 0600 from the start: the content is never readable by others
            counted = new Counted(Files.newOutputStream(temp, StandardOpenOption.WRITE), temp);
            try (OutputStream out = new BufferedOutputStream(counted, 64 * 1024)) {
                work.write(out);
            }
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw failed(target, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            // Some writers (POI) swallow the disk's IOException into a runtime error without a cause.
            IOException io = counted != null && counted.failure != null ? counted.failure : ioCause(e);
            throw io != null ? failed(target, io) : e;
        }
    }

    /** The I/O error under a library's runtime wrapper (POI's "Fail to save"), if that is what it is. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof java.io.UncheckedIOException u) {
                return u.getCause();
            }
        }
        return null;
    }

    /** Flushes {@code temp} to disk and renames it to {@code target} (replacing it), then flushes the folder. */
    public static void moveIntoPlace(Path temp, Path target) {
        try {
            DiskFault fault = FAULT.get();
            if (fault != null) {
                fault.beforeCommit(temp, target);
            }
            fsync(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            fsyncFolder(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw failed(target, e);
        }
    }

    public static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void fsyncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder (Windows): the rename itself is still done.
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: a stray temp file is harmless and is named as such
        }
    }

    /** "Không ghi được tệp X: ổ đĩa đã đầy (No space left on device); ...": the file and the reason. */
    public static OutputFileException failed(Path target, IOException e) {
        return new OutputFileException(Messages.get("file.writeFailed", target.toAbsolutePath(), reason(e)), e);
    }

    /** A short reason for the user, in Vietnamese, with the system's own words after it. */
    public static String reason(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        String key;
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("quota")) {
            key = "file.reason.diskFull";
        } else if (e instanceof AccessDeniedException || lower.contains("read-only") || lower.contains("permission denied")
                || lower.contains("access is denied") || lower.contains("operation not permitted")) { // EPERM: an
            // immutable folder (chattr +i), which stops even an administrator's writes
            key = "file.reason.readOnly";
        } else if (e instanceof NoSuchFileException) {
            key = "file.reason.missing";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) { // a file where a folder must go
            key = "file.reason.exists";
        } else {
            return m;
        }
        return Messages.get(key) + " (" + m + ")";
    }

    /** Counts what is written, so that an injected fault can strike after so many bytes. */
    private static final class Counted extends FilterOutputStream {
        private final Path temp;
        private long written;
        private IOException failure;

        Counted(OutputStream out, Path temp) {
            super(out);
            this.temp = temp;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e; // the real disk's error, kept for the message
                throw e;
            }
            written += len;
        }

        private void check(int length) throws IOException {
            DiskFault fault = FAULT.get();
            if (fault != null) {
                try {
                    fault.beforeWrite(temp, written, length);
                } catch (IOException e) {
                    failure = e;
                    throw e;
                }
            }
        }
    }
}
