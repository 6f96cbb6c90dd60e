package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Meta;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.service.Services;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.service.exchange.TrustFixtures;

/**
 * One record, every entry path, one rule: an activity of 14/12/2023 for a commune that exists from
 * 01/07/2025 is refused by the form's service, the workbook import and a package's import with the same
 * reason, and none writes anything.
 */
class SameRuleEveryPathTest {
    private static final String COMMUNE = "10301008"; // Phường Hồng Bàng, from 01/07/2025
    private static final String REASON = "Phường Hồng Bàng chỉ có từ ngày 01/07/2025, không dùng được cho ngày 14/12/2023";

    @TempDir
    Path dir;

    @Test
    void theFormAndTheWorkbookRefuseAUnitOutsideItsDatesInTheSameWords() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            Activity a = wardSession();
            ValidationException form = catchThrowableOfType(ValidationException.class,
                    () -> s.activities().save(a, "an"));
            assertThat(form.violations()).extracting(Violation::field).containsExactly("unitCode");
            Violation v = form.violations().get(0);
            assertThat(Messages.get(v.key(), v.args())).isEqualTo(REASON);
            assertThat(s.repositories().activities().countActive()).isZero();

            XlsxImportResult imported = importOneSession(s, "14/12/2023");
            assertThat(imported.written()).isFalse();
            assertThat(imported.problems()).extracting(XlsxProblem::message)
                    .containsExactly("Hoạt động, dòng 2, cột Đơn vị: " + REASON);
            assertThat(s.repositories().activities().countActive()).isZero();
        }
    }

    @Test
    void theFormAndTheWorkbookRefuseADayAfterTodayInTheSameWords() throws Exception {
        LocalDate today = LocalDate.now();
        String tomorrow = vn.atr.domain.VnFormats.date(today.plusDays(1));
        String reason = "Ngày bắt đầu: ngày " + tomorrow + " chưa đến: hôm nay là " + vn.atr.domain.VnFormats.date(today);
        try (Services s = Services.open(dir.resolve("a.db"))) {
            Activity a = new Activity(Meta.fresh("an"), COMMUNE, "OUTREACH_SESSION", today.plusDays(1), null,
                    "Tuyên truyền phòng, chống mua bán người", null, List.of(), Set.of(), null, 50, 0, null);
            ValidationException form = catchThrowableOfType(ValidationException.class,
                    () -> s.activities().save(a, "an"));
            assertThat(form.violations()).singleElement().extracting(Violation::message).asString().startsWith(reason);
            assertThat(s.activities().save(new Activity(Meta.fresh("an"), COMMUNE, "OUTREACH_SESSION", today, null,
                    "Tuyên truyền hôm nay", null, List.of(), Set.of(), null, 50, 0, null), "an"))
                    .as("today itself is taken").isNotNull();

            XlsxImportResult imported = importOneSession(s, tomorrow);
            assertThat(imported.written()).isFalse();
            assertThat(imported.problems()).extracting(XlsxProblem::message).singleElement().asString()
                    .startsWith("Hoạt động, dòng 2, cột " + reason);
            assertThat(s.repositories().activities().countActive()).isEqualTo(1);
        }
    }

    /** Support dated before its case was found is a day typed wrong: the form and the workbook say so alike. */
    @Test
    void theFormAndTheWorkbookRefuseSupportBeforeItsCaseWasFound() throws Exception {
        String reason = "ngày 01/03/2023 trước ngày phát hiện vụ việc HP-2023-01 (14/03/2023)";
        try (Services s = Services.open(dir.resolve("s.db"))) {
            s.sample().loadHaiPhong2023();
            vn.atr.domain.Victim v = s.repositories().victims().listActive().stream()
                    .filter(x -> x.victimCode().equals("NN-2023-01")).findFirst().orElseThrow();
            long before = s.repositories().support().countActive();
            ValidationException form = catchThrowableOfType(ValidationException.class, () -> s.cases().save(
                    new vn.atr.domain.SupportService(Meta.fresh("an"), v.unitCode(), v.meta().id(),
                            vn.atr.domain.SupportType.MEDICAL, LocalDate.of(2023, 3, 1), "Trạm y tế", 500_000L, null),
                    "an"));
            assertThat(form.violations()).singleElement().satisfies(x -> {
                assertThat(x.field()).isEqualTo("serviceDate");
                assertThat(x.message()).startsWith("Ngày hỗ trợ: " + reason);
            });

            Path template = dir.resolve("mau-ho-tro.xlsx");
            s.xlsx().writeTemplate(template);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put(XlsxFixture.header("unitCode"), v.unitCode());
            row.put(XlsxFixture.header("victimCode"), v.victimCode());
            row.put(XlsxFixture.header("supportType"), XlsxFixture.label(vn.atr.domain.SupportType.MEDICAL));
            row.put(XlsxFixture.header("serviceDate"), LocalDate.of(2023, 3, 1));
            row.put(XlsxFixture.header("amountVnd"), 500_000);
            Path workbook = dir.resolve("ho-tro.xlsx");
            XlsxFixture.fill(template, workbook, Map.of("Hỗ trợ", List.of(row)));
            XlsxImportResult imported = s.xlsx().importFile(workbook, false, false);
            assertThat(imported.written()).isFalse();
            assertThat(imported.problems()).extracting(XlsxProblem::message).singleElement().asString()
                    .contains(reason);
            assertThat(s.repositories().support().countActive()).isEqualTo(before);
        }
    }

    /** Imports a workbook made from the store's template with one outreach session of the ward on {@code day}. */
    private XlsxImportResult importOneSession(Services s, String day) throws Exception {
        Path template = dir.resolve("mau.xlsx");
        s.xlsx().writeTemplate(template);
        Map<String, Object> row = XlsxFixture.outreachRow(COMMUNE, day, 50);
        Path workbook = dir.resolve("hoat-dong.xlsx");
        XlsxFixture.fill(template, workbook, Map.of("Hoạt động", List.of(row)));
        return s.xlsx().importFile(workbook, false, false);
    }

    /** An outreach session of 14/12/2023 for the ward that exists from 01/07/2025. */
    private static Activity wardSession() {
        return new Activity(Meta.fresh("an"), COMMUNE, "OUTREACH_SESSION", LocalDate.of(2023, 12, 14), null,
                "Tuyên truyền phòng, chống mua bán người", null, List.of(), Set.of(), null, 50, 0, null);
    }

    @Test
    void aPackageCarryingSuchARecordHasItRejectedInTheSameWords() throws Exception {
        Path pkg = dir.resolve("xa.atrpkg");
        try (Services ward = Services.open(dir.resolve("ward.db"))) {
            // An older installation let it in (the rule was the form's only): it travels in the ward's package.
            Activity a = wardSession();
            ward.repositories().activities().insertAll(List.of(a), "an");
            ward.exchange().export(COMMUNE, ReportPeriod.ofYear(2023), pkg, null);
        }
        try (Services city = Services.open(dir.resolve("city.db"))) {
            TrustFixtures.trustSenderOf(city, pkg);
            ImportPlan plan = city.exchange().plan(pkg, null);
            assertThat(plan.entries()).singleElement().satisfies(e -> {
                assertThat(e.outcome()).isEqualTo(ImportPlan.Outcome.REJECTED);
                assertThat(e.reason()).endsWith("Đơn vị: " + REASON);
            });
            assertThatThrownBy(() -> city.exchange().apply(plan)).hasMessageContaining(REASON)
                    .hasMessageEndingWith("Không có gì được ghi.");
            assertThat(city.repositories().activities().countActive()).isZero();
        }
    }
}
