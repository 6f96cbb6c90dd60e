package vn.atr.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.atr.format.AtomicFiles;
import vn.atr.store.BareActivityInsert;
import vn.atr.store.Database;
import vn.atr.store.StoreBackup;

/**
 * {@code atr bench backup}: the online backup of a store with N activities (temp file + move, without
 * and with the integrity check) next to a plain file copy followed by fsync (the floor; goal <= 4x).
 */
public final class BackupBenchmark {
    private final PrintStream out;

    public BackupBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int activities, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path store = folder.resolve("bench-backup.db");
        Path copy = folder.resolve("bench-copy.db");
        Path backup = folder.resolve("bench-online.db");
        for (Path p : new Path[] {store, copy, backup}) {
            Files.deleteIfExists(p);
        }
        try (Database db = Database.open(store)) {
            BareActivityInsert bare = new BareActivityInsert(db);
            db.runInTransaction(() -> StoreBenchmark.generate(activities, StoreBenchmark.units(db), bare::insert));
            db.checkpoint();
            out.printf("bench backup: %,d activities, store %,d MB%n", activities, Files.size(store) / (1024 * 1024));
            double floor = Double.MAX_VALUE;
            double online = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                Files.copy(store, copy, StandardCopyOption.REPLACE_EXISTING);
                AtomicFiles.fsync(copy);
                floor = Math.min(floor, (System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                StoreBackup.backup(db, backup); // online backup + integrity_check + atomic move
                online = Math.min(online, (System.nanoTime() - t0) / 1e9);
            }
            long t0 = System.nanoTime();
            StoreBackup.check(backup);
            double check = (System.nanoTime() - t0) / 1e9;
            out.printf("  plain copy + fsync (floor):             %6.2f s%n", floor);
            out.printf("  online backup, checked, moved in place: %6.2f s  (%.1fx the floor; goal <= 4x)%n",
                    online, online / floor);
            out.printf("    of which integrity_check:             %6.2f s (%.1fx without it)%n",
                    check, (online - check) / floor);
        } finally {
            for (Path p : new Path[] {store, copy, backup}) {
                ScaleBenchmark.deleteStore(p);
            }
        }
    }
}
