package vn.atr.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.atr.domain.Messages;

/**
 * The single-writer guard: an OS lock on {@code <store>.lock}, held while the store is open. A second
 * ATR window or command on the same store is refused with a clear message instead of two programs
 * writing one file. The OS releases the lock when the process dies, so a crash never leaves the
 * store locked (the empty lock file itself is harmless).
 */
final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path store) {
        return Path.of(store.toAbsolutePath() + ".lock");
    }

    /** Takes the lock or throws a {@link StoreException} saying the store is in use. */
    static StoreLock acquire(Path store) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile(store), java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    vn.atr.format.OwnerOnly.file());
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.openFailed", store, e.getMessage()), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new StoreLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // already held by this JVM (another window of the same process)
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(Messages.get("store.openFailed", store, e.getMessage()), e);
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

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
