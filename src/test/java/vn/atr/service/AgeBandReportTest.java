package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Victim;
import vn.atr.domain.Tally;

/**
 * The report's age breakdown follows the age_band table on each engine: a victim with a birth year counts in the
 * band holding the age reached in the case's year (an added band included) unless the band chosen for it holds that
 * age or the one before, one without keeps its stored band.
 */
class AgeBandReportTest implements vn.atr.store.EngineUnderTest {
    @TempDir
    Path dir;

    @Test
    void victimsAreCountedInTheConfiguredBandsOfTheirAgeInTheCaseYear() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.ageBands().retire("OVER_50", LocalDate.of(2024, 1, 1));
            s.ageBands().add("Từ 51 đến 64 tuổi", null, 51, 64, null);
            s.ageBands().add("Từ 65 tuổi trở lên", null, 65, null, "OVER_64");
            assertThatThrownBy(() -> s.ageBands().add("Từ 60 tuổi", null, 60, null, null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("trùng");

            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-07",
                    LocalDate.of(2024, 3, 14), DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(),
                    CaseStatus.INVESTIGATING, 1, null), "test");
            String id = c.meta().id();
            s.cases().save(victim(id, "NN-1", 1959, "OVER_64"), "test"); // 65 in 2024
            s.cases().save(victim(id, "NN-2", 1960, "AGE_51_64"), "test"); // 64
            s.cases().save(victim(id, "NN-3", 2018, "FROM_6_TO_11"), "test"); // 6
            s.cases().save(victim(id, "NN-4", null, "UNDER_16"), "test");
            // born 2006: 17 or 18 in 2024; the band the officer chose tells which (a child is not made an adult)
            s.cases().save(victim(id, "NN-5", 2006, "FROM_16_TO_17"), "test");
            s.cases().save(victim(id, "NN-6", 2006, "FROM_18_TO_30"), "test");

            assertThat(s.report().build(ReportPeriod.ofYear(2024), Optional.empty()).current().victimsByAge())
                    .extracting(Tally::label, Tally::count).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("từ 6 đến dưới 12 tuổi", 1L),
                            org.assertj.core.groups.Tuple.tuple("dưới 16 tuổi (không rõ tuổi cụ thể)", 1L),
                            org.assertj.core.groups.Tuple.tuple("từ 16 đến dưới 18 tuổi", 1L),
                            org.assertj.core.groups.Tuple.tuple("từ 18 đến 30 tuổi", 1L),
                            org.assertj.core.groups.Tuple.tuple("từ 51 đến 64 tuổi", 1L),
                            org.assertj.core.groups.Tuple.tuple("từ 65 tuổi trở lên", 1L));
        }
    }

    private static Victim victim(String caseId, String code, Integer birthYear, String band) {
        return new Victim(Meta.fresh("test"), "04", caseId, code, Sex.MALE, birthYear, band, "Kinh", null, true, "04",
                LegalStatus.VICTIM, Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.RESCUED, null, null, false, null);
    }
}
