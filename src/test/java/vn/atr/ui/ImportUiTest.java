package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;
import vn.atr.service.exchange.TrustFixtures;
import vn.atr.service.exchange.ConflictService.OpenConflict;
import vn.atr.service.exchange.ImportPlan;
import vn.atr.store.RecordRepository;

/**
 * The import screen on real stores: a ward package with one new record and one record edited on both
 * sides is verified (plan with counts and rows), applied, and its conflict shown field by field and
 * resolved with "take theirs".
 */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {
    @TempDir
    Path dir;
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.show(stage, dir.resolve("city.db"), false, true);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private static Activity retitled(Activity a, String title) {
        return new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), title, a.leadOrg(),
                a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(), a.notes());
    }

    @Test
    void planConflictsAndResolving(FxRobot robot) {
        RecordRepository<Activity> cityActivities = app.context.services().repositories().activities();
        Activity shared = cityActivities.listActive().get(0);
        Path pkg = dir.resolve("ward.atrpkg");
        try (Services ward = Services.open(dir.resolve("ward.db"))) {
            ward.sample().loadHaiPhong2023(); // the same records (deterministic ids) as the city's
            RecordRepository<Activity> wardActivities = ward.repositories().activities();
            wardActivities.update(retitled(wardActivities.find(shared.meta().id()).orElseThrow(), "Sửa ở xã"), "xa");
            Activity fresh = retitled(shared, "Hoạt động mới của xã");
            wardActivities.insert(new Activity(Meta.fresh("xa"), fresh.unitCode(), fresh.typeCode(), fresh.startDate(),
                    fresh.endDate(), fresh.title(), fresh.leadOrg(), fresh.partnerOrgs(), fresh.topics(),
                    fresh.targetGroup(), fresh.participants(), fresh.quantity(), fresh.notes()), "xa");
            ward.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }
        TrustFixtures.trustSenderOf(app.context.services(), pkg);
        cityActivities.update(retitled(shared, "Sửa ở thành phố"), "tp");

        robot.clickOn("#nav-import");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(pkg.toString()));
        robot.clickOn("#import-verify");
        assertThat(text(robot, "#import-counts")).contains("mới: 1", "xung đột: 1", "bị từ chối: 0");
        assertThat(text(robot, "#import-describe")).contains("kỳ 15/12/2022 – 14/12/2023"); // Vietnamese dates
        TableView<ImportPlan.Entry> plan = robot.lookup("#import-plan").queryTableView();
        assertThat(plan.getItems()).extracting(ImportPlan.Entry::outcome)
                .containsExactlyInAnyOrder(ImportPlan.Outcome.NEW, ImportPlan.Outcome.CONFLICT);
        assertThat(plan.getItems()).filteredOn(e -> e.outcome() == ImportPlan.Outcome.CONFLICT).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("cả hai nơi"));
        assertThat(plan.getColumns().get(2).getCellData(plan.getItems().stream()
                .filter(e -> e.outcome() == ImportPlan.Outcome.NEW).findFirst().orElseThrow()))
                .asString().contains("Hoạt động mới của xã"); // the record as people know it, not its id

        robot.clickOn("#import-apply");
        assertThat(text(robot, "#import-result")).contains("Đã nhập: 1 bản ghi thay đổi, 1 xung đột");
        TableView<OpenConflict> conflicts = robot.lookup("#import-conflicts").queryTableView();
        assertThat(conflicts.getItems()).hasSize(1);
        assertThat(conflicts.getColumns().get(0).getCellData(0)).isEqualTo("Hoạt động"); // the kind in words
        assertThat(conflicts.getColumns().get(1).getCellData(0)).asString() // the record as people know it
                .contains("Sửa ở xã", VnFormats.date(shared.startDate()), "(" + app.context.services().reference()
                        .unit(shared.unitCode()).orElseThrow().name() + ")") // the unit by name, not its code
                .doesNotContain(shared.meta().id());
        // the columns share the table's whole width: no empty filler beside a cut record
        assertThat(conflicts.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum())
                .isGreaterThan(conflicts.getWidth() - 25);
        robot.interact(() -> conflicts.getSelectionModel().select(0));
        TableView<ImportPlan.FieldDifference> diff = robot.lookup("#import-differences").queryTableView();
        assertThat(diff.getItems()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("Nội dung"); // the form's caption, not the package's name "title"
            assertThat(d.ours()).isEqualTo("Sửa ở thành phố");
            assertThat(d.theirs()).isEqualTo("Sửa ở xã");
        });

        // below the fold of the screen's scroll pane: fire it as a click would
        robot.interact(() -> robot.lookup("#import-take-theirs").queryButton().fire());
        assertThat(conflicts.getItems()).isEmpty();
        assertThat(cityActivities.find(shared.meta().id()).orElseThrow().title()).isEqualTo("Sửa ở xã");
        assertThat(app.errors).isEmpty();
    }

    @Test
    void severalPackagesAreVerifiedAndAppliedAsOneImport(FxRobot robot) {
        java.util.List<String> files = new java.util.ArrayList<>();
        int generated;
        int activities;
        try (Services ward = Services.open(dir.resolve("wards.db"))) {
            // 2026: the generated records belong to the communes, which exist from 01/07/2025
            var r = ward.generator().generate(new vn.atr.service.DataGenerator.Spec(2, 40, 0, 9, 2026));
            generated = r.activities() + r.metrics();
            activities = r.activities();
            for (vn.atr.domain.AdminUnit u : ward.repositories().units()
                    .listByLevel(vn.atr.domain.UnitLevel.COMMUNE).subList(0, 2)) {
                Path p = dir.resolve(u.code() + ".atrpkg");
                ward.exchange().export(u.code(), ReportPeriod.ofYear(2026), p, null);
                files.add(p.toString());
            }
        }
        TrustFixtures.trustSenderOf(app.context.services(), Path.of(files.get(0)));
        RecordRepository<Activity> cityActivities = app.context.services().repositories().activities();
        int before = cityActivities.listActive().size();

        robot.clickOn("#nav-import");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(String.join("; ", files)));
        robot.clickOn("#import-verify");
        assertThat(text(robot, "#import-describe")).contains("2 gói");
        assertThat(text(robot, "#import-counts")).contains("mới: " + generated);
        assertThat(cityActivities.listActive()).hasSize(before); // verifying wrote nothing
        assertThat(robot.lookup("#import-stop").queryButton().isVisible()).isFalse(); // shown only while it runs

        robot.clickOn("#import-apply");
        assertThat(text(robot, "#import-result")).contains("Đã nhập: " + generated + " bản ghi thay đổi");
        assertThat(cityActivities.listActive()).hasSize(before + activities);
        assertThat(app.errors).isEmpty();
    }

    @Test
    void anUnknownSenderIsShownWithItsFingerprintAndApprovedOnce(FxRobot robot) {
        Path pkg = dir.resolve("xa-moi.atrpkg");
        String fingerprint;
        try (Services ward = Services.open(dir.resolve("new-ward.db"))) {
            ward.generator().generate(new vn.atr.service.DataGenerator.Spec(1, 10, 0, 4, 2023));
            String unit = ward.repositories().activities().listActive().get(0).unitCode();
            ward.exchange().export(unit, ReportPeriod.ofYear(2023), pkg, null);
            fingerprint = ward.exchange().trust().ownFingerprint();
        }
        robot.clickOn("#nav-import");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(pkg.toString()));
        robot.clickOn("#import-verify");
        assertThat(text(robot, "#import-result")).contains("chưa được duyệt", fingerprint);
        assertThat(text(robot, "#import-sender")).contains(fingerprint);
        assertThat(robot.lookup("#import-sender-box").query().isVisible()).isTrue();
        assertThat(app.context.services().exchange().trust().list()).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(vn.atr.domain.access.PackageSender.Status.PENDING));

        robot.interact(() -> robot.lookup("#import-approve-sender").queryButton().fire());
        assertThat(text(robot, "#import-counts")).contains("bị từ chối: 0");
        assertThat(robot.lookup("#import-sender-box").query().isVisible()).isFalse();
        assertThat(app.context.services().exchange().trust().list()).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(vn.atr.domain.access.PackageSender.Status.APPROVED));
    }

    /** A ward's log cut after its first package: the next package's plan says so, in full, above the table. */
    @Test
    void aSendersAuditLogThatWentBackIsShownWithTheCheckToRun(FxRobot robot) throws Exception {
        Path ward = dir.resolve("log-ward.db");
        Path first = dir.resolve("first.atrpkg");
        Path later = dir.resolve("later.atrpkg");
        String unit;
        try (Services w = Services.open(ward)) {
            w.generator().generate(new vn.atr.service.DataGenerator.Spec(1, 10, 0, 4, 2023));
            unit = w.repositories().activities().listActive().get(0).unitCode();
            w.exchange().export(unit, ReportPeriod.ofYear(2023), first, null);
        }
        TrustFixtures.trustSenderOf(app.context.services(), first);
        app.context.services().exchange().apply(app.context.services().exchange().plan(first, null));
        vn.atr.domain.access.AuditHead shown = TrustFixtures.manifest(first).auditHead();
        vn.atr.store.StoreTestSupport.cutAuditLogFrom(ward, shown.seq());
        try (Services w = Services.open(ward)) {
            w.exchange().export(unit, ReportPeriod.ofYear(2023), later, null);
        }

        robot.clickOn("#nav-import");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(later.toString()));
        robot.clickOn("#import-verify");
        Label warning = robot.lookup("#import-warnings").queryAs(Label.class);
        assertThat(warning.getText()).contains("đã lùi lại", "atr audit verify --expect " + shown.hash());
        assertThat(warning.isVisible()).isTrue();
        java.util.List<String> cut = new java.util.ArrayList<>();
        CaptionCheck.check(robot, warning.getScene(), "import", null, cut);
        assertThat(cut).as("the whole warning is shown").isEmpty();
        assertThat(text(robot, "#import-result")).isEqualTo(
                "Gói đã được kiểm tra. Xem kế hoạch rồi bấm Áp dụng (một giao dịch).");
        assertThat(text(robot, "#import-plan-empty")).startsWith("Gói không có bản ghi mới hay thay đổi");
        String unitName = app.context.services().reference().unitNames().get(unit);
        assertThat(text(robot, "#import-describe")).contains("của đơn vị " + unitName + " (" + unit + ")");
        if (System.getProperty("atr.screenshots") != null) { // to look at it: -Datr.screenshots=DIR
            Screenshots.snap(warning.getScene(), Path.of(System.getProperty("atr.screenshots"), "import-log-went-back.png"));
        }
    }

    @Test
    void exportWritesAPackageAndIdentifiersNeedTheSamePasswordTwice(FxRobot robot) throws Exception {
        Path out = dir.resolve("xa.atrpkg");
        robot.clickOn("#nav-export");
        assertThat(text(robot, "#export-period")).contains("15/12/2022");
        robot.interact(() -> robot.lookup("#export-file").queryTextInputControl().setText(out.toString()));
        robot.interact(() -> robot.lookup("#export-with-identifiers").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        robot.interact(() -> {
            robot.lookup("#export-password").queryTextInputControl().setText("mat-khau-1");
            robot.lookup("#export-password-again").queryTextInputControl().setText("mat-khau-2");
        });
        robot.interact(() -> robot.lookup("#export-run").queryButton().fire());
        assertThat(text(robot, "#export-result")).contains("không giống nhau");
        assertThat(out).doesNotExist();

        robot.interact(() -> robot.lookup("#export-with-identifiers").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<vn.atr.ui.common.Choice> unit = robot.lookup("#export-unit")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(unit.getValue().code()).as("this installation's unit, the city here").isEqualTo("04");
        assertThat(unit.getItems()).extracting(vn.atr.ui.common.Choice::code).contains("04", "304");
        robot.interact(() -> unit.getSelectionModel().select(unit.getItems().stream()
                .filter(c -> c.code().equals("304")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#export-run").queryButton().fire());
        assertThat(text(robot, "#export-result")).contains("Đã ghi gói", out.toString()).contains(" bản ghi (Hoạt động ")
                .doesNotContain("{").doesNotContain("activity=");
        if (System.getProperty("atr.screenshots") != null) { // to look at it: -Datr.screenshots=DIR
            Screenshots.snap(unit.getScene(), Path.of(System.getProperty("atr.screenshots"), "export-written.png"));
        }
        assertThat(vn.atr.service.exchange.ExchangeService.isEncrypted(out)).isFalse();
        assertThat(new vn.atr.format.pkg.PackageReader().read(out, null).manifest().sourceUnit()).isEqualTo("304");
        assertThat(robot.lookup("#export-open-folder").queryButton().isDisabled()).isFalse();
        assertThat(app.errors).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
