package vn.atr.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.atr.domain.ReportPeriod;

/** What a compiler is told before submitting: parts not written, a period not over yet, and conflicts still open. */
class ReportCautionsTest {
    @Test
    void aPeriodNotOverAndOpenConflictsAreSaidBeforeSubmitting() {
        ReportPeriod y2026 = ReportPeriod.ofYear(2026);
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 4), 0, List.of())).singleElement().asString()
                .contains("đến hết ngày 14/12/2026 mới chốt số liệu");
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 14), 0, List.of()))
                .as("the last day is not over either").hasSize(1);
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 0, List.of())).isEmpty();
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 2, List.of())).singleElement().asString()
                .contains("còn 2 xung đột");
        assertThat(ReportCautions.beforeSubmit(y2026, LocalDate.of(2026, 12, 15), 0, List.of("số văn bản", "người ký")))
                .singleElement().asString().as("an empty report is not submitted without a word")
                .startsWith("Báo cáo còn phần chưa viết: số văn bản; người ký.");
        assertThat(ReportCautions.beforeExport(0)).isEmpty();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** A store set up under the labour department still heads a 2026 report with it: said before signing. */
    @Test
    void aReportHeadedByTheDissolvedLabourDepartmentIsSaidSo() {
        try (vn.atr.service.Services s = vn.atr.service.Services.open(dir.resolve("s.db"))) {
            s.sample().loadHaiPhong2023();
            assertThat(ReportCautions.agencyDissolved(s.report().build(ReportPeriod.ofYear(2023),
                    java.util.Optional.empty()))).as("2023: it was the agency").isEmpty();
            assertThat(ReportCautions.agencyDissolved(s.report().build(ReportPeriod.ofYear(2026),
                    java.util.Optional.empty()))).singleElement().asString()
                    .contains("đã được sắp xếp lại từ ngày 01/03/2025").contains("atr agency");
        }
    }

    /** A ward formed on 01/07/2025 compared with 2025: half a year of its own, said before signing. */
    @Test
    void aUnitsReportComparedAcrossTheReorganisationIsSaidSo() {
        try (vn.atr.service.Services s = vn.atr.service.Services.open(dir.resolve("w.db"))) {
            s.generator().generate(new vn.atr.service.DataGenerator.Spec(114, 2_000, 20, 7, 2025));
            s.generator().generate(new vn.atr.service.DataGenerator.Spec(114, 2_000, 20, 8, 2026));
            String ward = s.repositories().activities().listActive().stream()
                    .filter(a -> a.startDate().getYear() == 2026).map(vn.atr.domain.Activity::unitCode)
                    .findFirst().orElseThrow();
            var m = s.report().build(ReportPeriod.ofYear(2026), java.util.Optional.of(ward));
            assertThat(m.previous().hasData()).isTrue();
            assertThat(ReportCautions.coverage(m)).singleElement().asString()
                    .startsWith("Lưu ý khi so sánh: kỳ so sánh (" + ReportPeriod.ofYear(2025) + ") có những ngày trước"
                            + " 01/07/2025").contains(m.unitName().orElseThrow());
            var q4 = s.report().build(ReportPeriod.ofQuarter(2026, 4), java.util.Optional.of(ward));
            assertThat(ReportCautions.coverage(q4)).as("the fourth quarter of 2025 was after it").isEmpty();

            // the ward's own store, its report without a unit: the same caution, named by its area
            var a = s.reference().agency();
            s.reference().saveAgency(new vn.atr.domain.AgencySettings(null, "ỦY BAN NHÂN DÂN PHƯỜNG", "UBND", "x",
                    a.recipient(), "CHỦ TỊCH", null, a.homeProvinceCode(), ward));
            var own = s.report().build(ReportPeriod.ofYear(2026), java.util.Optional.empty());
            assertThat(ReportCautions.coverage(own)).singleElement().asString().startsWith("Lưu ý khi so sánh")
                    .contains(own.areaName());
        }
    }
}
