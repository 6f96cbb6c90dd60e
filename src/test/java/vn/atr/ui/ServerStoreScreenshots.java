package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.service.Services;
import vn.atr.store.PostgresTestServer;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.StoreStartup;

/**
 * Writes the settings screen's picture for docs/postgresql.md and the administrator's guide: the window on
 * the sample in a PostgreSQL database, its address checked. Runs only with {@code -Datr.screenshots=DIR}:
 * {@code mvn -o surefire:test -Dtest=ServerStoreScreenshots -Datr.screenshots=docs/screenshots
 * -Dheadless.geometry=1366x768-32}; with {@code -Datr.screenshots.server=postgresql://...} (a store holding the
 * sample, the ATR_DB_USER and ATR_DB_PASSWORD_FILE of a Department's PC set) and {@code -Duser.home=/home/canbo},
 * the picture shows that address and those sources rather than a test database's (scripts/screenshots-testfx.sh
 * starts such a server).
 */
class ServerStoreScreenshots extends UiTestBase {
    ServerStoreScreenshots() {
        super(StartOn.NOTHING);
    }

    @Test
    void takeIt(FxRobot robot) throws Exception {
        var out = Screenshots.folder().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(out != null, "screenshots only on request");
        String given = System.getProperty("atr.screenshots.server");
        String address = given != null ? given : PostgresTestServer.get().freshDatabase().toString();
        Services services = StoreStartup.open(address, new RecordingQuestions(new ArrayList<>(), false, false, null))
                .orElseThrow().services();
        if (given == null) {
            services.sample().loadHaiPhong2023();
        }
        robot.interact(() -> {
            app = UiFixture.showOn(stage, services, AppContext.StoreMode.WRITABLE);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#settings-server-address").queryTextInputControl().setText(address));
        robot.clickOn("#settings-server-check");
        assertThat(robot.lookup("#settings-server-result").queryLabeled().getText()).startsWith("Kết nối được");
        Screenshots.snap(stage.getScene(), out.resolve("settings-server.png"));
    }
}
