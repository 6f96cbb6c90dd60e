package vn.atr.service.crash;

import java.nio.file.Path;
import java.util.Random;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/**
 * The child JVM of the crash test: saves activities one user action at a time (one transaction
 * each, through ActivityService) and prints each id after its commit returned, until it is killed.
 * Arguments: store file, seed.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        try (Services s = Services.open(db)) {
            ReportPeriod year = ReportPeriod.ofYear(2026); // the communes exist from 01/07/2025
            DataGenerator.UnitsOn units = DataGenerator.unitsOn(s.repositories().units().listAll(), 114, year);
            Random rnd = new Random(seed);
            System.out.println("READY");
            System.out.flush();
            for (long i = 0; i < 1_000_000; i++) {
                String id = s.activities().save(DataGenerator.activity(rnd, seed, i, units, year), "crash-test").meta().id();
                System.out.println("ACK " + id); // acknowledged: the commit has returned
                System.out.flush();
            }
        }
    }
}
