package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.AgencySettings;
import vn.atr.service.Services;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreLocation;
import vn.atr.ui.backup.AutoBackup;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.StoreStartup;

/**
 * The real window on a store in a real PostgreSQL database (a Department's shared store): opened by the
 * window's start-up path, the status bar and About show the server's address, the backup screen says the
 * server backs it up and offers no button that would fail, an activity typed in the window is in the
 * database, every screen reads without an error, and closing makes no backup of ATR's own.
 */
class ServerStoreUiTest extends UiTestBase {
    ServerStoreUiTest() {
        super(StartOn.NOTHING);
    }

    @Test
    void theWindowWorksOnAServerStore(FxRobot robot) throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation location = server.freshDatabase();
        String address = location.toString();
        Services services = StoreStartup.open(address, new RecordingQuestions(new ArrayList<>(), false, false, null))
                .orElseThrow().services();
        AgencySettings a = services.reference().agency();
        services.reference().saveAgency(new AgencySettings(a.superiorAgency(), "SỞ Y TẾ", "SYT", "Hải Phòng",
                a.recipient(), a.signerTitle(), a.signerName(), "04", "04"));
        showOn(robot, services, AppContext.StoreMode.WRITABLE);

        assertThat(label(robot, "#status-store")).isEqualTo("Kho dữ liệu trên máy chủ: " + address);
        robot.press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);
        assertThat(label(robot, "#about-server")).isEqualTo(address);
        assertThat(label(robot, "#about-backupFolder")).isEqualTo("do máy chủ PostgreSQL đảm nhận (pg_dump)");
        assertThat(robot.lookup("#about-store").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#nav-backup");
        assertThat(label(robot, "#backup-server")).contains(address).contains("pg_dump").contains("docs/postgresql.md");
        assertThat(robot.lookup("#backup-server-guide").tryQuery()).isPresent();
        assertThat(robot.lookup("#backup-run").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#backup-choose-file").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#backup-restore").queryButton().isDisabled()).isTrue();

        robot.clickOn("#nav-settings");
        assertThat(label(robot, "#settings-store")).isEqualTo("Kho dữ liệu trên máy chủ: " + address);
        assertThat(robot.lookup("#settings-server-address").queryTextInputControl().getText()).isEqualTo(address);

        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        ComboBox<?> type = robot.lookup("#form-type").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(1)); // the second built-in type: outreach session
        robot.clickOn("#form-startDate .text-field").write("10/03/2023");
        robot.clickOn("#form-title").write("Tuyên truyền tại chợ Sắt");
        robot.clickOn("#form-participants").write("321");
        robot.type(KeyCode.ENTER);
        assertThat(label(robot, "#activity-count")).isEqualTo("1 hoạt động, 321 lượt người");
        try (Connection c = server.connect(location); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title, participants, start_date FROM activity")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Tuyên truyền tại chợ Sắt");
            assertThat(rs.getLong(2)).isEqualTo(321);
            assertThat(rs.getString(3)).isEqualTo("2023-03-10");
            assertThat(rs.next()).isFalse();
        }

        // Every screen reads its data from the server without an error (SQL that only SQLite would take shows here).
        for (var screen : vn.atr.ui.shell.Screens.all()) {
            robot.interact(() -> app.context.navigator().open(screen.id()));
            assertThat(app.errors).as(screen.id()).isEmpty();
        }

        AutoBackup[] installed = new AutoBackup[1];
        robot.interact(() -> {
            installed[0] = AutoBackup.install(app.context, stage);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(stage.isShowing()).as("closed at once: nothing to back up").isFalse();
        robot.interact(installed[0]::uninstall); // the stage is reused by the next test
        try (Connection c = server.connect(location); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_log WHERE action LIKE 'backup%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(app.errors).isEmpty();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
