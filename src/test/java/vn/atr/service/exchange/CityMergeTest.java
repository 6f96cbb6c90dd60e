package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.UnitLevel;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/** 114 commune packages merge into one city store whose figures are the sum of the communes'. */
class CityMergeTest implements vn.atr.store.EngineUnderTest {
    /** A year after 01/07/2025: the generated records belong to the communes, which exist from that day. */
    private static final ReportPeriod Y2026 = ReportPeriod.ofYear(2026);

    @TempDir
    Path dir;

    @Test
    void packagesOf114CommunesMergeIntoTheSumOfTheirFigures() throws Exception {
        List<Path> packages = new ArrayList<>();
        Map<String, Long> sum = new LinkedHashMap<>();
        try (Services wards = Services.open(store(dir.resolve("wards.db")))) {
            List<AdminUnit> communes = wards.repositories().units().listByLevel(UnitLevel.COMMUNE);
            assertThat(communes).hasSizeGreaterThanOrEqualTo(114);
            wards.generator().generate(new DataGenerator.Spec(114, 114 * 20, 114, 7, 2026));
            for (AdminUnit u : communes.subList(0, 114)) {
                Path p = dir.resolve(u.code() + ".atrpkg");
                wards.exchange().export(u.code(), Y2026, p, null);
                packages.add(p);
                add(sum, wards.summary().summary(Y2026, Optional.of(u.code())));
            }
        }
        try (Services city = Services.open(store(dir.resolve("city.db")))) {
            TrustFixtures.trustSenderOf(city, packages.get(0));
            for (Path p : packages) {
                city.exchange().apply(city.exchange().plan(p, null));
            }
            Map<String, Long> merged = new LinkedHashMap<>();
            add(merged, city.summary().summary(Y2026, Optional.empty()));
            assertThat(merged).isEqualTo(sum);
            assertThat(merged.get("outreachSessions")).isPositive();
            // A package sent twice adds nothing.
            ImportPlan again = city.exchange().plan(packages.get(5), null);
            assertThat(again.changes()).isEmpty();
            assertThat(again.previousImport()).isPresent();
        }
        // The same 114 files chosen at once: one import, the same figures (ADR 0033).
        try (Services city = Services.open(store(dir.resolve("city-batch.db")))) {
            TrustFixtures.trustSenderOf(city, packages.get(0));
            BatchImport batch = city.exchange().importAll(packages, p -> null, true);
            assertThat(batch.plans()).hasSize(114);
            Map<String, Long> merged = new LinkedHashMap<>();
            add(merged, city.summary().summary(Y2026, Optional.empty()));
            assertThat(merged).isEqualTo(sum);
        }
    }

    private static void add(Map<String, Long> sum, Summary s) throws ReflectiveOperationException {
        for (RecordComponent c : Summary.class.getRecordComponents()) {
            if (c.getType() == long.class) {
                sum.merge(c.getName(), (Long) c.getAccessor().invoke(s), Long::sum);
            }
        }
    }
}
