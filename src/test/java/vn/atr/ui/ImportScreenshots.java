package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.service.exchange.TrustFixtures;
import vn.atr.store.RecordRepository;

/**
 * The import screen's pictures for docs/exchange.md and the compilers' guide (docs/screenshots): a ward's
 * package verified, its plan showing one new record and one edited on both sides (import-plan.png), then
 * applied and the conflict shown field by field (import-conflict.png). Runs only with
 * {@code -Datr.screenshots=DIR}, at 1366x768, on the sample; with {@code -Datr.screenshots.data=FOLDER
 * -Datr.screenshots.usb=FOLDER} the store and the package sit in those folders (scripts/screenshots-testfx.sh).
 */
class ImportScreenshots extends UiTestBase {
    ImportScreenshots() {
        super(StartOn.NOTHING);
    }

    private static Activity retitled(Activity a, String title) {
        return new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), title, a.leadOrg(),
                a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(), a.notes());
    }

    @Test
    void planAndConflict(FxRobot robot) throws Exception {
        Path out = Screenshots.folder().orElse(null);
        Assumptions.assumeTrue(out != null, "screenshots only on request");
        Path store = Screenshots.dataFolder(dir).resolve("atr.db");
        robot.interact(() -> {
            app = UiFixture.show(stage, store, false, true);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        RecordRepository<Activity> cityActivities = app.context.services().repositories().activities();
        Activity shared = cityActivities.listActive().get(0);
        Path pkg = Screenshots.usbFolder(dir.resolve("USB")).resolve("xa-2023.atrpkg");
        try (Services ward = Services.open(dir.resolve("ward.db"))) {
            ward.sample().loadHaiPhong2023(); // the same records (deterministic ids) as the city's
            RecordRepository<Activity> wardActivities = ward.repositories().activities();
            // short titles (the sample's are long): the plan's and the differences' cells show them whole
            wardActivities.update(retitled(wardActivities.find(shared.meta().id()).orElseThrow(),
                    "Họp dân (sửa ở xã)"), "xa");
            Activity fresh = retitled(shared, "Họp dân tại thôn 3");
            wardActivities.insert(new Activity(Meta.fresh("xa"), fresh.unitCode(), fresh.typeCode(), fresh.startDate(),
                    fresh.endDate(), fresh.title(), fresh.leadOrg(), fresh.partnerOrgs(), fresh.topics(),
                    fresh.targetGroup(), fresh.participants(), fresh.quantity(), fresh.notes()), "xa");
            ward.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }
        TrustFixtures.trustSenderOf(app.context.services(), pkg);
        cityActivities.update(retitled(shared, "Họp dân (sửa ở thành phố)"), "tp");

        robot.clickOn("#nav-import");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(pkg.toString()));
        robot.clickOn("#import-verify");
        assertThat(text(robot, "#import-counts")).contains("mới: 1", "xung đột: 1", "bị từ chối: 0");
        Screenshots.snap(stage.getScene(), out.resolve("import-plan.png"));

        robot.clickOn("#import-apply");
        assertThat(text(robot, "#import-result")).contains("1 xung đột");
        TableView<?> conflicts = robot.lookup("#import-conflicts").queryTableView();
        robot.interact(() -> conflicts.getSelectionModel().select(0));
        assertThat(robot.lookup("#import-differences").queryTableView().getItems()).hasSize(1);
        ScrollPane screen = (ScrollPane) ancestor(conflicts, ScrollPane.class);
        robot.interact(() -> screen.setVvalue(screen.getVmax())); // the conflict and its fields in view
        Screenshots.snap(stage.getScene(), out.resolve("import-conflict.png"));
        assertThat(app.errors).isEmpty();
    }

    private static javafx.scene.Node ancestor(javafx.scene.Node node, Class<?> kind) {
        javafx.scene.Node n = node.getParent();
        while (n != null && !kind.isInstance(n)) {
            n = n.getParent();
        }
        return n;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
