package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.Messages;
import vn.atr.service.AppVersion;
import vn.atr.service.backup.BackupService;
import vn.atr.service.DataGenerator;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.backup.AutoBackup;
import vn.atr.ui.backup.BackupController;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.MainController;
import vn.atr.ui.shell.Screens;
import vn.atr.ui.shell.TaskRunner;

/** The backup screen on a real store: back up to a folder, restore with counts shown first, backup on close, About. */
class BackupUiTest extends UiTestBase {
    BackupUiTest() {
        super(StartOn.SAMPLE);
    }

    @Test
    void backUpToAFolderWithAndWithoutPassword(FxRobot robot) throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        robot.clickOn("#nav-backup");
        robot.clickOn("#backup-run"); // no folder yet
        assertThat(text(robot, "#backup-result")).contains("Hãy chọn thư mục");

        robot.interact(() -> robot.lookup("#backup-folder").queryTextInputControl().setText(usb.toString()));
        robot.clickOn("#backup-password").write("mật khẩu 1");
        robot.clickOn("#backup-password-again").write("mật khẩu 2");
        robot.clickOn("#backup-run");
        assertThat(text(robot, "#backup-result")).contains("không giống nhau");
        assertThat(files(usb)).isEmpty();

        robot.interact(() -> {
            robot.lookup("#backup-password").queryTextInputControl().clear();
            robot.lookup("#backup-password-again").queryTextInputControl().clear();
        });
        robot.clickOn("#backup-run");
        assertThat(files(usb)).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).matches("atr-\\d{8}-\\d{6}\\.db");
            assertThat(text(robot, "#backup-result")).contains(f.toString());
            assertThat(StoreTestSupport.recordsDigest(f)).isEqualTo(StoreTestSupport.recordsDigest(app.store));
        });

        Path encryptedUsb = Files.createDirectories(dir.resolve("usb2"));
        robot.interact(() -> robot.lookup("#backup-folder").queryTextInputControl().setText(encryptedUsb.toString()));
        robot.clickOn("#backup-password").write("mật khẩu dài");
        robot.clickOn("#backup-password-again").write("mật khẩu dài");
        robot.clickOn("#backup-run");
        assertThat(files(encryptedUsb)).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).endsWith(".atrbak");
            assertThat(Files.readAllBytes(f)).startsWith("ATRBAK1\n".getBytes());
            assertThat(text(robot, "#backup-result")).contains("mã hóa").contains(f.toString());
        });
        assertThat(app.errors).isEmpty();
    }

    @Test
    void restoreShowsWhatTheBackupHoldsThenGivesItsDataBack(FxRobot robot) throws Exception {
        BackupService.BackupInfo backup = app.context.services().backup().autoBackup();
        String backedUp = StoreTestSupport.recordsDigest(backup.file());
        long activities = backup.counts().get("activity");
        app.context.services().generator().generate(new DataGenerator.Spec(2, 30, 1, 3, 2023));
        assertThat(StoreTestSupport.recordsDigest(app.store)).isNotEqualTo(backedUp);

        robot.clickOn("#nav-backup");
        TableView<?> list = robot.lookup("#backup-list").queryTableView();
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#backup-restore").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> list.getSelectionModel().select(0));
        assertThat(text(robot, "#backup-details")).contains("Hoạt động: " + activities)
                .contains("Vụ việc: 3").contains("Nạn nhân: 4").contains("Lượt hỗ trợ: 13");

        robot.clickOn("#backup-restore");
        robot.clickOn("#confirm-yes");

        assertThat(app.errors).isEmpty();
        assertThat(robot.lookup("#restore-done").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.ENTER); // closes the news
        assertThat(StoreTestSupport.recordsDigest(app.store)).isEqualTo(backedUp);
        assertThat(Files.list(BackupService.backupFolder(app.store)))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith("replaced-"));
        // The window runs on the restored store: the dashboard reads it again.
        robot.clickOn("#nav-activities");
        assertThat(robot.lookup("#activity-table").queryTableView().getItems()).hasSize(
                (int) StoreTestSupport.count(app.store, "SELECT count(*) FROM activity WHERE deleted = 0"
                        + " AND start_date BETWEEN '2022-12-15' AND '2023-12-14'"));
    }

    @Test
    void restoreOfAChosenEncryptedFileNeedsItsPassword(FxRobot robot) throws Exception {
        Path file = dir.resolve("copy.atrbak");
        app.context.services().backup().backupTo(file, "mật khẩu dài".toCharArray());
        robot.clickOn("#nav-backup");
        BackupController[] screen = new BackupController[1];
        robot.interact(() -> screen[0] = (BackupController) app.context.navigator().open(Screens.BACKUP));
        robot.interact(() -> screen[0].add(file));
        assertThat(text(robot, "#backup-details")).contains("mã hóa");
        robot.clickOn("#restore-password").write("mật khẩu dài");
        robot.clickOn("#backup-inspect");
        assertThat(text(robot, "#backup-details")).contains("Nạn nhân: 4");
        assertThat(robot.lookup("#backup-restore").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void closingTheWindowTakesABackupFirst(FxRobot robot) throws Exception {
        AutoBackup[] installed = new AutoBackup[1];
        robot.interact(() -> installed[0] = AutoBackup.install(app.context, stage));
        assertThat(BackupService.automaticBackups(app.store)).isEmpty();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isFalse();
        robot.interact(installed[0]::uninstall); // the stage is reused by the next test
        assertThat(BackupService.automaticBackups(app.store)).singleElement()
                .satisfies(b -> assertThat(StoreTestSupport.recordsDigest(b)).isEqualTo(StoreTestSupport.recordsDigest(app.store)));
        assertThat(installed[0].closeOverheadMillis()).isNotNegative();
    }

    @Test
    void inTheAppTheBackupRunsInTheBackgroundAndTheWindowClosesWhenItEnds(FxRobot robot) throws Exception {
        // The app's runner: a worker thread, results on the FX thread (the fixture's runner is synchronous).
        AppContext background = new AppContext(app.context.services(), TaskRunner.background(new ErrorHandler()),
                app.context.errors(), app.context.windowState());
        boolean[] stillOpen = new boolean[2];
        AutoBackup[] installed = new AutoBackup[1];
        robot.interact(() -> {
            installed[0] = AutoBackup.install(background, stage);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            // The request was taken over: the window stays, with the progress window, until the task ends.
            stillOpen[0] = stage.isShowing();
            stillOpen[1] = javafx.stage.Window.getWindows().stream()
                    .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#closing-backup") != null);
        });
        assertThat(stillOpen).containsExactly(true, true);
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !stage.isShowing());
        robot.interact(installed[0]::uninstall); // the stage is reused by the next test
        assertThat(BackupService.automaticBackups(app.store)).hasSize(1);
        assertThat(robot.lookup("#closing-backup").tryQuery()).isEmpty();
    }

    @Test
    void atStartADailyBackupIsTakenWhenNoneWasMadeToday(FxRobot robot) throws Exception {
        BackupService.BackupInfo[] taken = new BackupService.BackupInfo[2];
        java.util.List<String> failed = new java.util.ArrayList<>();
        robot.interact(() -> AutoBackup.dailyIfDue(app.context, info -> taken[0] = info, failed::add));
        assertThat(taken[0]).isNotNull();
        assertThat(BackupService.automaticBackups(app.store)).containsExactly(taken[0].file());
        robot.interact(() -> AutoBackup.dailyIfDue(app.context, info -> taken[1] = info, failed::add));
        assertThat(taken[1]).isNull(); // one a day
        assertThat(BackupService.automaticBackups(app.store)).hasSize(1);
        assertThat(failed).isEmpty();
    }

    @Test
    void theAppBarSaysTheStoreHoldsTheSample(FxRobot robot) {
        Button badge = robot.lookup("#sample-badge").queryAs(Button.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("Dữ liệu mẫu");
        assertThat(badge.getTooltip().getText()).startsWith("Tệp dữ liệu này có dữ liệu mẫu Hải Phòng năm 2023");
    }

    @Test
    void aBackupThatHadToDeleteOldOnesWarnsThatTheDiskIsFillingUp(FxRobot robot) {
        MainController main = (MainController) app.context.navigator();
        robot.interact(() -> main.backupDone(java.time.LocalDateTime.of(2026, 12, 4, 9, 5), 2));
        Label status = robot.lookup("#status-backup").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Sao lưu tự động: 04/12/2026 09:05 (ổ đĩa sắp đầy: đã xóa 2 bản sao lưu cũ)");
        assertThat(status.getStyleClass()).contains("status-warning");
        robot.interact(status::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(robot.lookup("#backup-made-room .content").queryLabeled().getText())
                .startsWith("Ổ đĩa sắp đầy: để có chỗ cho bản sao lưu tự động mới, đã xóa 2 bản");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        robot.interact(() -> main.backupDone(java.time.LocalDateTime.of(2026, 12, 5, 9, 0), 0));
        assertThat(status.getText()).isEqualTo("Sao lưu tự động: 05/12/2026 09:00");
        assertThat(status.getStyleClass()).doesNotContain("status-warning");
        assertThat(status.isFocusTraversable()).isFalse();
    }

    /** Another language rebuilds the window: the backup line stays, in the new language (it went blank). */
    @Test
    void theBackupLineSurvivesALanguageChange(FxRobot robot) {
        MainController main = (MainController) app.context.navigator();
        robot.interact(() -> main.backupDone(java.time.LocalDateTime.of(2026, 12, 5, 5, 54), 0));
        robot.interact(() -> {
            Messages.setLocale(java.util.Locale.forLanguageTag("en"));
            app.context.navigator().reload();
        });
        try {
            assertThat(robot.lookup("#status-backup").queryAs(Label.class).getText())
                    .isEqualTo(Messages.get("status.backup", "05/12/2026", "05:54")).doesNotContain("Sao lưu");
        } finally {
            robot.interact(() -> {
                Messages.setLocale(Messages.VIETNAMESE);
                app.context.navigator().reload();
            });
        }
        assertThat(robot.lookup("#status-backup").queryAs(Label.class).getText())
                .isEqualTo("Sao lưu tự động: 05/12/2026 05:54");
    }

    @Test
    void aDailyBackupThatFailsSaysSoInTheStatusBar(FxRobot robot) throws Exception {
        Path folder = BackupService.backupFolder(app.store);
        java.nio.file.Files.write(folder, new byte[0]); // a file where the backups' folder goes: nothing is writable
        try {
            MainController main = (MainController) app.context.navigator();
            robot.interact(() -> AutoBackup.dailyIfDue(app.context, info -> main.backupDone(info.time(), info.deletedForRoom()),
                    main::backupFailed));
            Label status = robot.lookup("#status-backup").queryAs(Label.class);
            assertThat(status.getText()).isEqualTo(Messages.get("status.backupFailed"));
            assertThat(status.getStyleClass()).contains("status-warning");
            assertThat(status.getTooltip().getText()).contains(folder.toString());
            assertThat(status.isFocusTraversable()).as("the keyboard reaches the reason").isTrue();
            robot.interact(status::requestFocus);
            robot.type(javafx.scene.input.KeyCode.ENTER);
            assertThat(robot.lookup("#backup-failed .content").queryLabeled().getText())
                    .startsWith("Lần sao lưu tự động hôm nay không thực hiện được: ").contains(folder.toString())
                    .contains("đã có một tệp cùng tên ở chỗ đó");
            if (System.getProperty("atr.screenshots") != null) { // to look at it: -Datr.screenshots=DIR
                Screenshots.snap(status.getScene(), Path.of(System.getProperty("atr.screenshots"),
                        "status-backup-failed.png"));
                Screenshots.snap(robot.lookup("#backup-failed").query().getScene(),
                        Path.of(System.getProperty("atr.screenshots"), "status-backup-failed-why.png"));
            }
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
        } finally {
            java.nio.file.Files.delete(folder);
        }
    }

    @Test
    void shiftF1ShowsAboutWithTheVersionAndTheStore(FxRobot robot) {
        robot.clickOn("#nav-dashboard");
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F1)
                .release(javafx.scene.input.KeyCode.SHIFT);
        assertThat(text(robot, "#about-version")).isEqualTo(AppVersion.get());
        assertThat(text(robot, "#about-store")).isEqualTo(app.store.toAbsolutePath().toString());
        assertThat(text(robot, "#about-backupFolder")).isEqualTo(BackupService.backupFolder(app.store).toString());
        assertThat(text(robot, "#about-javafx")).isNotBlank();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-about");
        assertThat(text(robot, "#about-version")).isEqualTo(AppVersion.get());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static java.util.List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
