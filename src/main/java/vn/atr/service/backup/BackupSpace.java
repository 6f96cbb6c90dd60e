package vn.atr.service.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Room on the disk for an automatic backup. An automatic backup must never take the space the store itself needs:
 * a full disk stops the store's own writes, which is worse than a missing backup. So after the copy, as much again
 * as the store, and at least 256 MiB, is left free for the store to grow into (a ward's store of a few megabytes
 * still backs up on a disk with a few hundred megabytes free, as old office PCs often have). When the disk is short, the oldest automatic
 * backups make room, but never the newest {@link #KEPT} ones (ADR 0192). Pure logic: tested without a full disk.
 *
 * @param usable the bytes free to this user on the backups' disk
 * @param storeBytes the store's size (file and write-ahead log): the copy's size, near enough
 */
record BackupSpace(long usable, long storeBytes) {
    static final long RESERVE = 256L << 20;
    /** The newest automatic backups never deleted for room: the safety net is the recent past. */
    static final int KEPT = 2;

    /** The free bytes the disk needs before the copy is written. */
    long needed() {
        return storeBytes + Math.max(storeBytes, RESERVE);
    }

    /**
     * The backups to delete, oldest first, so that the new one fits: none when it fits already; empty when even
     * deleting every backup but the newest {@link #KEPT} would not make room.
     *
     * @param newestFirst the automatic backups, newest first
     */
    <T> Optional<List<T>> toDelete(List<T> newestFirst, ToLongFunction<T> size) {
        long free = usable;
        List<T> delete = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= KEPT && free < needed(); i--) {
            T oldest = newestFirst.get(i);
            free += size.applyAsLong(oldest);
            delete.add(oldest);
        }
        return free >= needed() ? Optional.of(List.copyOf(delete)) : Optional.empty();
    }
}
