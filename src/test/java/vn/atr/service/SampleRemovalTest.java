package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;

/**
 * The Hai Phong 2023 sample comes out of a store the way it went in: its records go (as deletions, which travel in
 * packages), the records typed beside it stay, and a record of the user's hanging under a sample case stops it.
 */
class SampleRemovalTest implements vn.atr.store.EngineUnderTest {
    @TempDir
    Path dir;

    @Test
    void removingTheSampleKeepsWhatUsersTyped() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            Activity own = s.activities().save(new Activity(Meta.fresh("test"), "04", "TRAINING", LocalDate.of(2026, 3, 5),
                    null, "Tập huấn của phường", null, List.of(), Set.of(), null, 25, 0, null), "canbo");
            assertThat(s.report().drafts().get(ReportPeriod.ofYear(2023)).version()).as("the sample's draft").isPositive();

            SampleService.Removal removal = s.sample().removeHaiPhong2023();

            assertThat(removal.records()).isEqualTo(118);
            assertThat(removal.draftYears()).containsExactly(2023);
            assertThat(s.sample().isLoaded()).isFalse();
            assertThat(s.sample().recordsHeld()).as("only the user's activity is left").isEqualTo(1);
            assertThat(s.activities().find(own.meta().id())).get().extracting(a -> a.meta().deleted()).isEqualTo(false);
            assertThat(s.summary().summary(ReportPeriod.ofYear(2023), Optional.empty()).outreachSessions()).isZero();
            assertThat(s.report().drafts().get(ReportPeriod.ofYear(2023)).version()).as("no draft stored").isZero();
            assertThat(s.reference().isConfigured()).as("the agency and unit were the sample's: asked again").isFalse();
            // deletions, not gone: a package of 2023 tells the city the sample's records are deleted
            assertThat(s.repositories().cases().find("01865a00-0000-7000-8000-000000000062"))
                    .get().extracting(c -> c.meta().deleted()).isEqualTo(true);
            assertThat(s.audit().list(null, "remove.sample", 10)).hasSize(1);

            assertThatThrownBy(() -> s.sample().loadHaiPhong2023()).isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("Tệp dữ liệu này đã có 1 bản ghi");
            assertThatThrownBy(() -> s.sample().removeHaiPhong2023()).isInstanceOf(ServiceException.class)
                    .hasMessage("Tệp dữ liệu này không có dữ liệu mẫu haiphong-2023: không có gì để gỡ");
        }
    }

    @Test
    void anEmptiedStoreDoesNotTakeTheSampleBackUnderTheSameIds() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            s.sample().removeHaiPhong2023();
            assertThat(s.sample().mayLoadHaiPhong2023()).isFalse();
            assertThatThrownBy(() -> s.sample().loadHaiPhong2023()).isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("Dữ liệu mẫu haiphong-2023 đã được gỡ khỏi tệp dữ liệu này");
        }
    }

    @Test
    void aSubmittedReportOfTheSamplesYearStaysAsItWasSentAndTheResultSaysSo() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            s.report().submit(ReportPeriod.ofYear(2023));

            SampleService.Removal removal = s.sample().removeHaiPhong2023();

            assertThat(removal.draftYears()).isEmpty();
            assertThat(removal.submittedKept()).containsExactly(2023);
            assertThat(removal.describe("haiphong-2023")).isEqualTo("Đã gỡ dữ liệu mẫu haiphong-2023: xóa 118 bản ghi"
                    + " mẫu. Báo cáo năm 2023 đã gửi (của dữ liệu mẫu) vẫn được giữ như khi gửi");
            assertThat(s.report().drafts().get(ReportPeriod.ofYear(2023)).status())
                    .isEqualTo(vn.atr.domain.ReportDraft.Status.SUBMITTED);
        }
    }

    @Test
    void aVictimTypedUnderASampleCaseStopsTheRemovalAndNothingChanges() {
        Path file = dir.resolve("s.db");
        try (Services s = Services.open(store(file))) {
            s.sample().loadHaiPhong2023();
            TraffickingCase sampleCase = s.repositories().cases().find("01865a00-0000-7000-8000-000000000062").orElseThrow();
            Victim sampleVictim = s.cases().victims(sampleCase.meta().id()).get(0);
            Victim own = new Victim(Meta.fresh("test"), sampleVictim.unitCode(), sampleCase.meta().id(), "NN-PHUONG-01",
                    sampleVictim.sex(), sampleVictim.birthYear(), sampleVictim.ageBand(), sampleVictim.ethnicity(),
                    sampleVictim.destinationCountry(), sampleVictim.traffickedWithinVietnam(),
                    sampleVictim.residenceProvinceCode(), sampleVictim.legalStatus(), sampleVictim.exploitationForms(),
                    sampleVictim.returnPath(), sampleVictim.identificationDate(), sampleVictim.returnedDate(),
                    sampleVictim.consentToDataUse(), null);
            s.cases().save(own, "canbo");
            long held = s.sample().recordsHeld();

            assertThatThrownBy(() -> s.sample().removeHaiPhong2023()).isInstanceOf(ServiceException.class)
                    .hasMessage("Không gỡ được dữ liệu mẫu: nạn nhân NN-PHUONG-01 không thuộc dữ liệu mẫu nhưng được ghi"
                            + " vào vụ việc mẫu HP-2023-01; hãy chuyển nạn nhân đó sang vụ việc khác hoặc xóa trước");

            assertThat(s.sample().recordsHeld()).isEqualTo(held);
            assertThat(s.repositories().cases().find(sampleCase.meta().id())).get()
                    .extracting(c -> c.meta().deleted()).isEqualTo(false);
            assertThat(s.report().drafts().get(ReportPeriod.ofYear(2023)).version()).isPositive();
            assertThat(s.sample().isLoaded()).isTrue();
            assertThat(s.reference().isConfigured()).isTrue();
        }
    }
}
