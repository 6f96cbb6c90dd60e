package vn.atr.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import vn.atr.domain.Messages;

/**
 * The single-writer guard: an OS lock on {@code <store>.lock}, held while the store is open. A second
 * ATR window or command on the same store is refused with a clear message instead of two programs
 * writing one file. The OS releases the lock when the process dies, so a crash never leaves the
 * store locked (the lock file itself is harmless).
 *
 * <p>The lock file also carries the {@link IntegrityStamp} of the store's last clean close. It is read and cleared
 * as the lock is taken, so it vouches only for the time between that close and this open: a crash, a restore or any
 * other holder of the lock leaves no stamp behind, and the next open checks the whole file.
 */
final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<IntegrityStamp> stamp;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
        this.stamp = takeStamp(channel);
    }

    /** The stamp the store's last clean close left, read (and cleared) when the lock was taken. */
    Optional<IntegrityStamp> stamp() {
        return stamp;
    }

    /** Leaves {@code s} for the next open; only an optimisation, so a failure just means a full check then. */
    void leaveStamp(IntegrityStamp s) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(IntegrityStamp.bytes(s)), 0);
            channel.force(false);
        } catch (IOException e) {
            // the next open reads the whole file
        }
    }

    private static Optional<IntegrityStamp> takeStamp(FileChannel channel) {
        try {
            long size = channel.size();
            if (size == 0 || size > 64 * 1024) {
                return Optional.empty();
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
                // read to the end
            }
            channel.truncate(0);
            channel.force(false);
            return IntegrityStamp.parse(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Path lockFile(Path store) {
        return Path.of(store.toAbsolutePath() + ".lock");
    }

    /** Takes the lock or throws a {@link StoreException} saying the store is in use. */
    static StoreLock acquire(Path store) {
        FileChannel channel;
        boolean created = !java.nio.file.Files.exists(lockFile(store));
        try {
            channel = FileChannel.open(lockFile(store), java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE),
                    vn.atr.format.OwnerOnly.file());
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.openFailed", store, vn.atr.format.AtomicFiles.reason(e)), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                StoreLock taken = new StoreLock(channel, lock);
                taken.file = created ? lockFile(store) : null;
                return taken;
            }
        } catch (OverlappingFileLockException e) {
            // already held by this JVM (another window of the same process)
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Messages.get("store.openFailed", store, vn.atr.format.AtomicFiles.reason(e)), e);
        }
        closeQuietly(channel);
        throw new StoreInUseException(Messages.get("store.inUse", store));
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }

    /** The lock file when this open made it; null when it was there before (it then holds a stamp). */
    private Path file;

    /**
     * Releases the lock after an open that failed (a file that is no ATR store, a damaged one): the lock file this
     * open made goes too, rather than staying beside a file that is not ATR's ("notes.db.lock").
     */
    void closeAfterFailedOpen() {
        close();
        if (file != null) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                // a lock file left behind is harmless: the next open takes it
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
