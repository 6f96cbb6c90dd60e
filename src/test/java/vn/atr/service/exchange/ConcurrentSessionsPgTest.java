package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.ValidationException;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreLocation;

/**
 * Five sessions on one PostgreSQL store at once (a Department's compilers): each merges a ward's package,
 * types records and reads the summary. Afterwards every write is there, the audit log is one intact
 * chain, and an edit made by two people from the same version is refused for the second, never lost.
 */
class ConcurrentSessionsPgTest {
    private static final ReportPeriod Y2026 = ReportPeriod.ofYear(2026);
    private static final int SESSIONS = 5;
    private static final int TYPED = 20;

    @TempDir
    Path dir;

    @Test
    void fiveSessionsEnterAndMergeWithoutLosingAWrite() throws Exception {
        List<Path> packages = new ArrayList<>();
        List<String> units = new ArrayList<>();
        long packaged;
        try (Services wards = Services.open(dir.resolve("wards.db"))) {
            wards.generator().generate(new DataGenerator.Spec(SESSIONS, SESSIONS * 40, SESSIONS, 11, 2026));
            for (AdminUnit u : wards.repositories().units().listByLevel(UnitLevel.COMMUNE).subList(0, SESSIONS)) {
                Path p = dir.resolve(u.code() + ".atrpkg");
                wards.exchange().export(u.code(), Y2026, p, null);
                packages.add(p);
                units.add(u.code());
            }
            packaged = wards.repositories().activities().listActive().stream()
                    .filter(a -> units.contains(a.unitCode())).count();
        }
        StoreLocation city = PostgresTestServer.get().freshDatabase();
        try (Services s = Services.open(city)) {
            TrustFixtures.trustSenderOf(s, packages.get(0));
        }

        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Path pkg = packages.get(i);
            String unit = units.get(i);
            done.add(pool.submit((Callable<Long>) () -> {
                try (Services s = Services.open(city)) {
                    for (int n = 0; n < TYPED; n++) {
                        s.activities().save(activity(unit, n), "compiler-" + unit);
                        if (n == TYPED / 2) {
                            s.exchange().apply(s.exchange().plan(pkg, null));
                        }
                    }
                    return s.summary().summary(Y2026, Optional.empty()).outreachSessions();
                }
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        for (Future<Long> f : done) {
            assertThat(f.get()).isNotNegative(); // every session finished without an error (no deadlock either)
        }

        try (Services s = Services.open(city)) {
            List<Activity> all = s.repositories().activities().listActive();
            assertThat(all).hasSize((int) packaged + SESSIONS * TYPED);
            assertThat(all.stream().filter(a -> a.title() != null && a.title().startsWith("Nhập đồng thời")))
                    .hasSize(SESSIONS * TYPED);
            assertThat(s.audit().verify().intact()).isTrue();
            assertThat(s.audit().list(null, null, 100_000)).hasSizeGreaterThanOrEqualTo(SESSIONS * TYPED);

            // Two people open the same record; the second save is refused, the first one's edit stays.
            Activity a = all.get(0);
            try (Services other = Services.open(city)) {
                Activity theirs = other.activities().find(a.meta().id()).orElseThrow();
                s.activities().save(ExchangeRoundTripTest.withTitle(a, "Người thứ nhất"), "one");
                assertThatThrownBy(() -> other.activities().save(ExchangeRoundTripTest.withTitle(theirs, "Người thứ hai"),
                        "two")).isInstanceOf(ValidationException.class);
            }
            assertThat(s.activities().find(a.meta().id()).orElseThrow().title()).isEqualTo("Người thứ nhất");
        }
    }

    private static Activity activity(String unit, int n) {
        LocalDate day = LocalDate.of(2025, 8, 1).plusDays(n); // the communes exist since 1 July 2025
        return new Activity(Meta.fresh("compiler"), unit, ActivityType.OUTREACH_SESSION, day, day,
                "Nhập đồng thời " + unit + " " + n, null, List.of(), Set.of(), null, 10 + n, 0, null);
    }
}
