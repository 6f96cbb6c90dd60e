package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;

/**
 * A package planned before another writer changed the same records (a second compiler importing a newer package
 * of the same ward on the Department's server, while the first looked at its plan) is not written over them:
 * the plan shown is refused with nothing written, and the one-step import plans again and keeps the newer data.
 */
class StalePlanTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);

    @TempDir
    Path dir;

    @Test
    void aPlanMadeBeforeANewerPackageWasImportedIsRefusedAndTheImportPlansAgain() {
        Path older = dir.resolve("2.atrpkg");
        Path newer = dir.resolve("3.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db")));
             Services city = Services.open(store(dir.resolve("city.db")))) {
            Activity a = bothHoldTheSample(ward, city);
            String id = a.meta().id();
            a = ward.repositories().activities().update(ExchangeRoundTripTest.withTitle(a, "Sửa lần 1"), "ward");
            ward.exchange().export(null, Y2023, older, null);
            ward.repositories().activities().update(ExchangeRoundTripTest.withTitle(a, "Sửa lần 2"), "ward");
            ward.exchange().export(null, Y2023, newer, null);

            ImportPlan shown = city.exchange().plan(older, null); // made while the newer one is not yet in
            city.exchange().apply(city.exchange().plan(newer, null));
            assertThatThrownBy(() -> city.exchange().apply(shown))
                    .isInstanceOf(ExchangeService.StalePlanException.class)
                    .hasMessageContaining("đã thay đổi từ lúc kiểm tra gói").hasMessageContaining(id);
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Sửa lần 2");
            assertThat(city.audit().list(null, "import.refused", 100))
                    .as("a plan to make again is not a refused package").isEmpty();

            // planned and written in one go, the older package now finds the newer version and skips it
            var outcome = city.packageImport().run(new ImportRequest(List.of(older), p -> null, true,
                    BatchImport.Progress.NONE));
            assertThat(outcome.plans().get(0).counts().get(ImportPlan.Outcome.OLDER)).isEqualTo(1);
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Sửa lần 2");
        }
    }

    @Test
    void anEditMadeAfterThePlanWasShownIsNotOverwritten() {
        Path second = dir.resolve("2.atrpkg");
        try (Services ward = Services.open(store(dir.resolve("ward.db")));
             Services city = Services.open(store(dir.resolve("city.db")))) {
            Activity a = bothHoldTheSample(ward, city);
            String id = a.meta().id();
            ward.repositories().activities().update(ExchangeRoundTripTest.withTitle(a, "Phường sửa"), "ward");
            ward.exchange().export(null, Y2023, second, null);

            ImportPlan shown = city.exchange().plan(second, null);
            assertThat(shown.counts().get(ImportPlan.Outcome.UPDATED)).isEqualTo(1);
            Activity ours = city.repositories().activities().find(id).orElseThrow();
            city.repositories().activities().update(ExchangeRoundTripTest.withTitle(ours, "Sở sửa"), "city");
            assertThatThrownBy(() -> city.exchange().apply(shown))
                    .isInstanceOf(ExchangeService.StalePlanException.class);
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Sở sửa");

            city.packageImport().run(new ImportRequest(List.of(second), p -> null, true, BatchImport.Progress.NONE));
            assertThat(city.repositories().activities().find(id).orElseThrow().title()).isEqualTo("Sở sửa");
            assertThat(city.conflicts().list()).hasSize(1); // both sides changed it: shown, never decided silently
        }
    }

    /** The ward's sample, sent to the city and merged there; the ward's first activity, to change. */
    private Activity bothHoldTheSample(Services ward, Services city) {
        Path first = dir.resolve("1.atrpkg");
        ward.sample().loadHaiPhong2023();
        ward.exchange().export(null, Y2023, first, null);
        TrustFixtures.trustSenderOf(city, first);
        city.exchange().apply(city.exchange().plan(first, null));
        return ward.repositories().activities().listActive().get(0);
    }
}
