package vn.atr.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import vn.atr.domain.Messages;

/**
 * "Write to a temporary file beside the target, flush it to disk, then move it into place": the
 * previous file stays whole until the new one is complete (full disk, read-only folder, power cut).
 * Shared by backups and any area that writes output files.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A fresh temporary name in the target's folder (same file system, so the move is atomic). */
    public static Path tempBeside(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(Messages.get("store.folderMissing", String.valueOf(folder)));
        }
        return folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    /** Writes {@code content} to {@code target} through a temporary file; a failure leaves {@code target} as it was. */
    public static void write(Path target, byte[] content) {
        Path temp = tempBeside(target);
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            fsync(temp);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(Messages.get("backup.writeFailed", target, reason(e)), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Flushes {@code temp} to disk and renames it to {@code target} (replacing it), then flushes the folder. */
    public static void moveIntoPlace(Path temp, Path target) {
        try {
            fsync(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            fsyncFolder(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StoreException(Messages.get("backup.writeFailed", target, reason(e)), e);
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

    /** A short reason for the user ("No space left on device", "Read-only file system"...). */
    public static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
