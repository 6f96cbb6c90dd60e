package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * Writes the screenshots of the backup screen, the read-only banner and the About dialog for the
 * README (docs/screenshots): runs only with {@code -Datr.screenshots=DIR}, at 1366x768, on the sample.
 * {@code mvn -o test -Dtest=BackupScreenshots -Datr.screenshots=docs/screenshots}
 */
@ExtendWith(ApplicationExtension.class)
class BackupScreenshots {
    private static final String DIR = System.getProperty("atr.screenshots", "");
    @TempDir
    Path dir;
    private Stage stage;
    private UiFixture app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void takeThem(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(DIR.isBlank(), "screenshots only on request");
        Path out = Files.createDirectories(Path.of(DIR));
        Path store = dir.resolve("atr.db");
        robot.interact(() -> app = UiFixture.show(stage, store, false, true));
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        app.context.services().backup().autoBackup();
        Path usb = Files.createDirectories(dir.resolve("USB"));
        robot.clickOn("#nav-backup");
        robot.interact(() -> robot.lookup("#backup-folder").queryTextInputControl().setText(usb.toString()));
        robot.clickOn("#backup-run");
        robot.interact(() -> robot.lookup("#backup-list").queryTableView().getSelectionModel().select(0));
        snap(stage.getScene(), out.resolve("backup.png"));

        robot.type(javafx.scene.input.KeyCode.F1);
        Window about = robot.lookup("#about-dialog").query().getScene().getWindow();
        snap(about.getScene(), out.resolve("about.png"));
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
        snap(stage.getScene(), out.resolve("readonly.png"));
        assertThat(out.resolve("readonly.png")).exists();
    }

    private static void damage(Path store) throws Exception {
        long page = StoreTestSupport.count(store, "SELECT rootpage FROM sqlite_master WHERE name = 'exchange_conflict'");
        try (RandomAccessFile f = new RandomAccessFile(store.toFile(), "rw")) {
            f.seek((page - 1) * StoreTestSupport.count(store, "PRAGMA page_size"));
            f.write(new byte[] {0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
        }
    }

    private static void snap(Scene scene, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] argb = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(png, "png", file.toFile());
    }
}
