package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report year the window opens on: the user's last choice where the store has data, else the store's latest. */
class OpeningYearTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreOpensOnTheRememberedOrCurrentYear() {
        try (Services s = Services.open(dir.resolve("new.db"))) {
            assertThat(s.dashboard().openingYear(OptionalInt.empty(), 2026)).isEqualTo(2026);
            assertThat(s.dashboard().openingYear(OptionalInt.of(2024), 2026)).isEqualTo(2024);
        }
    }

    @Test
    void theSampleOpensOnItsYearWhenTheRememberedYearHasNoData() {
        try (Services s = Services.open(dir.resolve("sample.db"))) {
            s.sample().loadHaiPhong2023();
            assertThat(s.dashboard().openingYear(OptionalInt.empty(), 2026)).isEqualTo(2023);
            assertThat(s.dashboard().openingYear(OptionalInt.of(2026), 2026)).as("no data in 2026").isEqualTo(2023);
            assertThat(s.dashboard().openingYear(OptionalInt.of(2019), 2026)).as("no data in 2019").isEqualTo(2023);
            assertThat(s.dashboard().openingYear(OptionalInt.of(2023), 2026)).isEqualTo(2023);
        }
    }

    @Test
    void aRecordDatedInALaterYearDoesNotMoveTheStart() {
        try (Services s = Services.open(dir.resolve("typo.db"))) {
            s.sample().loadHaiPhong2023();
            // Entry refuses a day after today; such a record still comes from an older store or a package.
            s.repositories().activities().insert(new vn.atr.domain.Activity(vn.atr.domain.Meta.fresh("test"), "04", "TRAINING",
                    java.time.LocalDate.of(2062, 3, 5), null, "Tập huấn (năm gõ nhầm)", null, java.util.List.of(), java.util.Set.of(), null, 10, 0,
                    null), "test");
            assertThat(s.dashboard().openingYear(OptionalInt.empty(), 2026)).isEqualTo(2023);
            assertThat(s.dashboard().openingYear(OptionalInt.empty(), 2063)).as("once that year has come").isEqualTo(2062);
            assertThat(s.dashboard().openingYear(OptionalInt.empty(), 2020)).as("only later data").isEqualTo(2062);
        }
    }

    @Test
    void aRememberedYearWithOnlyOtherActivitiesHasData() {
        try (Services s = Services.open(dir.resolve("other.db"))) {
            s.sample().loadHaiPhong2023();
            s.activities().save(new vn.atr.domain.Activity(vn.atr.domain.Meta.fresh("test"), "303", "OTHER",
                    java.time.LocalDate.of(2019, 3, 2), null, "Họp dân", null, java.util.List.of(), java.util.Set.of(),
                    null, 40, 0, null), "test");
            assertThat(s.dashboard().openingYear(OptionalInt.of(2019), 2026)).isEqualTo(2019);
        }
    }
}
