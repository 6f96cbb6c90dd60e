package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.service.Services;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.service.exchange.TrustFixtures;

/**
 * A Hải Phòng store takes no record of another province, on any path: the form's service, the workbook (whose
 * list no longer offers the 33 other provinces) and a package all refuse a Hà Nội activity that would have been
 * counted in a report headed "Toàn địa bàn Hải Phòng"; the city's own units, old and new, stay usable.
 */
class StoreAreaEveryPathTest {
    private static final String HANOI = "01";
    private static final String REASON = "Hà Nội (01) ngoài địa bàn của kho dữ liệu này: kho chỉ nhận hồ sơ của "
            + "Hải Phòng và các đơn vị thuộc Hải Phòng";

    @TempDir
    Path dir;

    @Test
    void theFormRefusesAnotherProvinceAndTakesTheCitysOldAndNewUnits() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            ownUnit(s, "04");
            ValidationException form = catchThrowableOfType(ValidationException.class,
                    () -> s.activities().save(session(HANOI, LocalDate.of(2026, 3, 2)), "an"));
            assertThat(form.violations()).extracting(Violation::field).containsExactly("unitCode");
            assertThat(form.violations().get(0).reason()).isEqualTo(REASON);
            assertThat(s.repositories().activities().countActive()).isZero();

            s.activities().save(session("10301008", LocalDate.of(2026, 3, 2)), "an"); // Phường Hồng Bàng
            s.activities().save(session("303", LocalDate.of(2023, 3, 2)), "an"); // Quận Hồng Bàng, dissolved
            s.activities().save(session("04", LocalDate.of(2026, 3, 2)), "an"); // the city's own
            assertThat(s.repositories().activities().countActive()).isEqualTo(3);
            assertThat(s.reference().entryUnits()).extracting(AdminUnit::code)
                    .contains("04", "303", "10301008").doesNotContain(HANOI, "79");
        }
    }

    @Test
    void aStoreSetForAnotherProvinceTakesThatProvincesUnits() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            assertThat(s.reference().agency().installationUnitCode()).as("as shipped").isEqualTo("04");
            ownUnit(s, HANOI);
            s.activities().save(session(HANOI, LocalDate.of(2026, 3, 2)), "an");
            assertThat(s.repositories().activities().countActive()).isOne();
            ValidationException form = catchThrowableOfType(ValidationException.class,
                    () -> s.activities().save(session("10301008", LocalDate.of(2026, 3, 2)), "an"));
            assertThat(form.violations().get(0).reason()).startsWith("Phường Hồng Bàng (10301008) ngoài địa bàn");
        }
    }

    @Test
    void theWorkbooksListOffersOnlyTheCityAndRefusesAnotherProvince() throws Exception {
        try (Services s = Services.open(dir.resolve("a.db"))) {
            ownUnit(s, "04");
            Path template = dir.resolve("mau.xlsx");
            s.xlsx().writeTemplate(template);
            Map<String, Object> row = XlsxFixture.outreachRow("01 - Hà Nội", "02/03/2026", 50);
            Path workbook = dir.resolve("hoat-dong.xlsx");
            XlsxFixture.fill(template, workbook, Map.of("Hoạt động", List.of(row)));
            XlsxImportResult imported = s.xlsx().importFile(workbook, false, false);
            assertThat(imported.written()).isFalse();
            assertThat(imported.problems()).singleElement().extracting(XlsxProblem::message).asString()
                    .startsWith("Hoạt động, dòng 2, cột Đơn vị:").contains("01 - Hà Nội");
            assertThat(s.repositories().activities().countActive()).isZero();
        }
    }

    @Test
    void aPackagesUnitsAreItsSendersApprovalAsAProvinceSendsToTheNationalStore() throws Exception {
        Path pkg = dir.resolve("hn.atrpkg");
        try (Services province = Services.open(dir.resolve("hanoi.db"))) {
            ownUnit(province, HANOI);
            province.activities().save(session(HANOI, LocalDate.of(2026, 3, 2)), "an");
            province.exchange().export(HANOI, ReportPeriod.ofYear(2026), pkg, null);
        }
        try (Services national = Services.open(dir.resolve("national.db"))) {
            TrustFixtures.trustSenderOf(national, pkg); // approved for every unit
            ImportPlan plan = national.exchange().plan(pkg, null);
            assertThat(plan.entries()).singleElement().extracting(ImportPlan.Entry::outcome)
                    .isEqualTo(ImportPlan.Outcome.NEW);
            national.exchange().apply(plan);
            assertThat(national.repositories().activities().countActive()).isOne();
        }
    }

    private static void ownUnit(Services s, String unit) {
        AgencySettings a = s.reference().agency();
        s.reference().saveAgency(new AgencySettings(a.superiorAgency(), a.issuingAgency(), a.abbreviation(),
                a.placeName(), a.recipient(), a.signerTitle(), a.signerName(), a.homeProvinceCode(), unit));
    }

    private static Activity session(String unit, LocalDate day) {
        return new Activity(Meta.fresh("an"), unit, "OUTREACH_SESSION", day, null,
                "Tuyên truyền phòng, chống mua bán người", null, List.of(), Set.of(), null, 50, 0, null);
    }
}
