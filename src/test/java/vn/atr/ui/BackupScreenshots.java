package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.ui.shell.StoreStartup;

/**
 * Writes the screenshots of the backup screen, the read-only banner and the About dialog for the
 * README (docs/screenshots): runs only with {@code -Datr.screenshots=DIR}, at 1366x768, on the sample.
 * {@code mvn -o test -Dtest=BackupScreenshots -Datr.screenshots=docs/screenshots}; with
 * {@code -Datr.screenshots.data=FOLDER -Datr.screenshots.usb=FOLDER} the pictures show those folders (emptied
 * first), and with the jar first on the class path the release's version (scripts/screenshots-testfx.sh).
 */
class BackupScreenshots extends UiTestBase {
    BackupScreenshots() {
        super(StartOn.NOTHING);
    }

    @Test
    void takeThem(FxRobot robot) throws Exception {
        Path out = Screenshots.folder().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(out != null, "screenshots only on request");
        Path store = Screenshots.dataFolder(dir).resolve("atr.db");
        robot.interact(() -> app = UiFixture.show(stage, store, false, true));
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        app.context.services().backup().autoBackup();
        Path usb = Screenshots.usbFolder(dir.resolve("USB"));
        robot.clickOn("#nav-backup");
        robot.interact(() -> robot.lookup("#backup-folder").queryTextInputControl().setText(usb.toString()));
        robot.clickOn("#backup-run");
        robot.interact(() -> robot.lookup("#backup-list").queryTableView().getSelectionModel().select(0));
        Screenshots.snap(stage.getScene(), out.resolve("backup.png"));

        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F1)
                .release(javafx.scene.input.KeyCode.SHIFT);
        Window about = robot.lookup("#about-dialog").query().getScene().getWindow();
        Screenshots.snap(about.getScene(), out.resolve("about.png"));
        robot.interact(() -> ((Stage) about).close());
        app.close();
        app = null;

        damage(store);
        StoreStartup.Opened opened = StoreStartup.open(store, null).orElseThrow();
        robot.interact(() -> {
            app = UiFixture.showOn(stage, opened.services(), opened.mode());
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        robot.clickOn("#nav-activities");
        Screenshots.snap(stage.getScene(), out.resolve("readonly.png"));
        assertThat(out.resolve("readonly.png")).exists();
    }
}
