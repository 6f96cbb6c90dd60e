package vn.atr.service.backup;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last {@code daily} days, of the last
 * {@code weekly} ISO weeks and of the last {@code monthly} months (grandfather-father-son), plus
 * always the newest of all. Pure logic, so the policy is tested without files or clocks.
 */
record BackupRotation(int daily, int weekly, int monthly) {
    static final BackupRotation DEFAULT = new BackupRotation(7, 4, 12);

    /** The backups (each stamped with its time) to keep; everything else may be deleted. */
    <T> Set<T> keep(List<T> backups, Function<T, LocalDateTime> time) {
        List<T> newestFirst = backups.stream().sorted(Comparator.comparing(time).reversed()).toList();
        Set<T> keep = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        keepNewestPer(newestFirst, time, t -> t.toLocalDate().toString(), daily, keep);
        keepNewestPer(newestFirst, time,
                t -> t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekly, keep);
        keepNewestPer(newestFirst, time, t -> t.getYear() + "-" + t.getMonthValue(), monthly, keep);
        return keep;
    }

    private static <T> void keepNewestPer(List<T> newestFirst, Function<T, LocalDateTime> time,
            Function<LocalDateTime, String> bucket, int buckets, Set<T> keep) {
        Set<String> seen = new HashSet<>();
        for (T backup : newestFirst) {
            if (seen.size() >= buckets) {
                return;
            }
            if (seen.add(bucket.apply(time.apply(backup)))) {
                keep.add(backup);
            }
        }
    }
}
