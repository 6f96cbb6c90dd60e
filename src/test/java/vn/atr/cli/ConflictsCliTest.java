package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;
import vn.atr.service.exchange.TrustFixtures;
import vn.atr.store.RecordRepository;

/** {@code atr conflicts list} and {@code resolve}: a record edited in two places, read as the window shows it. */
class ConflictsCliTest {
    @TempDir
    Path dir;

    private static Activity retitled(Activity a, String title) {
        return new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), title, a.leadOrg(),
                a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(), a.notes());
    }

    @Test
    void aConflictIsListedByItsRecordAndCaptionsThenResolved() {
        Path city = dir.resolve("city.db");
        Path ward = dir.resolve("ward.db");
        Path pkg = dir.resolve("ward.atrpkg");
        Activity shared;
        String unitName;
        try (Services w = Services.open(ward)) {
            w.sample().loadHaiPhong2023(); // the same records (deterministic ids) as the city's
            RecordRepository<Activity> activities = w.repositories().activities();
            shared = activities.listActive().get(0);
            unitName = w.reference().unit(shared.unitCode()).orElseThrow().name();
            activities.update(retitled(shared, "Sửa ở xã"), "xa");
            w.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }
        try (Services c = Services.open(city)) {
            c.sample().loadHaiPhong2023();
            c.repositories().activities().update(retitled(shared, "Sửa ở thành phố"), "tp");
            TrustFixtures.trustSenderOf(c, pkg); // the approval the city's administrator gives
        }
        CliTest.Run imported = atr("import", "--db", city.toString(), pkg.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).as("the command it points to names the same store")
                .contains("(xem: atr conflicts list --db " + city + ")");

        CliTest.Run listed = atr("conflicts", "list", "--db", city.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("1 xung đột chưa giải quyết")
                // the record as people know it: its kind, date, title and unit by name, not its id
                .contains("#1 Hoạt động: " + VnFormats.date(shared.startDate()) + " Sửa ở xã (" + unitName + ")")
                // its fields under the forms' captions
                .contains("    Nội dung: Sửa ở thành phố | Sửa ở xã")
                .doesNotContain(shared.meta().id()).doesNotContain("title:");

        // a report written, or submitted, while it is open says its figures will change
        Path docx = dir.resolve("bc.docx");
        CliTest.Run report = atr("report", "--db", city.toString(), "--year", "2023", "--docx", docx.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.err()).contains("còn 1 xung đột dữ liệu từ các gói đã nhập chưa giải quyết",
                "atr conflicts list", "số liệu của báo cáo sẽ đổi khi giải quyết");
        String other = "311".equals(shared.unitCode()) ? "303" : "311";
        assertThat(atr("report", "--db", city.toString(), "--year", "2023", "--unit", other, "--docx",
                dir.resolve("other.docx").toString()).err()).as("another unit's extract").doesNotContain("xung đột");
        assertThat(atr("report", "--db", city.toString(), "--year", "2023", "--unit", shared.unitCode(), "--docx",
                dir.resolve("own.docx").toString()).err()).as("its own unit's extract").contains("còn 1 xung đột");
        assertThat(atr("draft", "--db", city.toString(), "--year", "2023", "--submit").exit())
                .as("a conflict open: held without --yes").isEqualTo(1);
        CliTest.Run submitted = atr("draft", "--db", city.toString(), "--year", "2023", "--submit", "--yes");
        assertThat(submitted.exit()).as(submitted.err()).isZero();
        assertThat(submitted.err()).contains("còn 1 xung đột").as("2023's cut-off is long past")
                .doesNotContain("mới chốt số liệu");
        assertThat(atr("draft", "--db", city.toString(), "--year", "2023", "--reopen").exit()).isZero();

        CliTest.Run english = atr("conflicts", "list", "--db", city.toString(), "--lang", "en");
        assertThat(english.out()).contains("1 open conflicts").contains("#1 Activity: ");

        CliTest.Run resolved = atr("conflicts", "resolve", "1", "--take-theirs", "--db", city.toString());
        assertThat(resolved.exit()).as(resolved.err()).isZero();
        assertThat(atr("conflicts", "list", "--db", city.toString()).out()).contains("0 xung đột chưa giải quyết");
        assertThat(atr("report", "--db", city.toString(), "--year", "2023", "--docx", docx.toString()).err())
                .doesNotContain("xung đột");
        try (Services c = Services.open(city)) {
            assertThat(c.repositories().activities().find(shared.meta().id()).orElseThrow().title())
                    .isEqualTo("Sửa ở xã");
        }
    }
}
