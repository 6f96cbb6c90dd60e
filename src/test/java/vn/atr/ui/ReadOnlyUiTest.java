package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.shell.AppContext.StoreMode;
import vn.atr.ui.shell.StoreStartup;

/** A damaged store opens read-only with the banner and a one-click restore; a second window is offered read-only. */
class ReadOnlyUiTest extends UiTestBase {
    ReadOnlyUiTest() {
        super(StartOn.NOTHING);
    }

    @Test
    void damagedStoreIsReadOnlyWithEditsDisabledUntilTheNewestGoodBackupIsRestored(FxRobot robot) throws Exception {
        Path store = sampleStore();
        try (Services s = Services.open(store)) {
            s.backup().autoBackup();
        }
        String good = StoreTestSupport.recordsDigest(store);
        damage(store);
        byte[] damaged = Files.readAllBytes(store);

        StoreStartup.Opened opened = StoreStartup.open(store, answers(true, new ArrayList<>())).orElseThrow();
        assertThat(opened.mode()).isEqualTo(StoreMode.DAMAGED);
        showOn(robot, opened.services(), opened.mode());

        assertThat(robot.lookup("#readonly-banner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(text(robot, "#readonly-message")).startsWith("Kho dữ liệu bị hỏng — chỉ đọc");
        robot.clickOn("#nav-activities");
        assertThat(robot.lookup("#activity-table").queryTableView().getItems()).isNotEmpty(); // still readable
        assertThat(disabled(robot, "#activity-add")).isTrue();
        assertThat(disabled(robot, "#activity-edit")).isTrue();
        assertThat(disabled(robot, "#activity-delete")).isTrue();
        robot.clickOn("#nav-reference");
        assertThat(disabled(robot, "#agency-edit")).isTrue();
        robot.clickOn("#nav-report");
        assertThat(disabled(robot, "#report-save")).isTrue();
        assertThat(disabled(robot, "#report-submit")).isTrue();
        robot.clickOn("#nav-import");
        assertThat(disabled(robot, "#import-apply")).isTrue();
        // The import screen reads the very table this test damaged: a short message, no stack trace.
        assertThat(app.errors).allSatisfy(m -> assertThat(m).startsWith("Không đọc được dữ liệu"));
        app.errors.clear();
        assertThat(Files.readAllBytes(store)).isEqualTo(damaged); // nothing written

        robot.clickOn("#banner-restore");
        robot.clickOn("#confirm-yes");
        robot.type(javafx.scene.input.KeyCode.ENTER); // closes the news

        assertThat(app.errors).isEmpty();
        assertThat(app.context.storeMode()).isEqualTo(StoreMode.WRITABLE);
        assertThat(robot.lookup("#readonly-banner").queryAs(Node.class).isVisible()).isFalse();
        assertThat(StoreTestSupport.recordsDigest(store)).isEqualTo(good);
        robot.clickOn("#nav-activities");
        assertThat(disabled(robot, "#activity-add")).isFalse();
    }

    @Test
    void aSecondWindowOnTheSameStoreIsToldAndOpensReadOnlyOrNotAtAll(FxRobot robot) throws Exception {
        Path store = sampleStore();
        try (Services first = Services.open(store)) {
            List<String> asked = new ArrayList<>();
            assertThat(StoreStartup.open(store, answers(false, asked))).isEmpty();
            assertThat(asked).singleElement().asString().contains("đang được mở bởi một cửa sổ hoặc lệnh ATR khác");

            Optional<StoreStartup.Opened> second = StoreStartup.open(store, answers(true, asked));
            assertThat(second.orElseThrow().mode()).isEqualTo(StoreMode.IN_USE);
            showOn(robot, second.get().services(), second.get().mode());
            assertThat(text(robot, "#readonly-message")).contains("cửa sổ ATR khác — chỉ đọc");
            assertThat(robot.lookup("#banner-restore").queryAs(Node.class).isVisible()).isFalse();
            robot.clickOn("#nav-activities");
            assertThat(disabled(robot, "#activity-add")).isTrue();
            assertThat(first.readOnly()).isFalse(); // the first window keeps writing
            // the sample's badge only says what it is: nothing is removed through a read-only window
            robot.clickOn("#sample-badge");
            assertThat(robot.lookup("#sample-about .content").queryLabeled().getText())
                    .startsWith("Tệp dữ liệu này đang chứa dữ liệu mẫu Hải Phòng năm 2023");
            assertThat(robot.lookup("#confirm-yes").tryQuery()).isEmpty();
            robot.type(javafx.scene.input.KeyCode.ENTER);
            assertThat(first.sample().isLoaded()).isTrue();
        }
    }

    @Test
    void aDamagedStoreWithUsersIsReplacedAtStartByTheNewestGoodBackupWithAnAdministratorsLogin() throws Exception {
        Path store = sampleStore();
        try (Services s = Services.open(store)) {
            s.auth().createFirstAdministrator("admin", "mật khẩu quản trị".toCharArray());
        }
        try (Services s = Services.open(store)) {
            s.auth().login("admin", "mật khẩu quản trị".toCharArray());
            s.backup().autoBackup();
        }
        String good = StoreTestSupport.recordsDigest(store);
        damage(store);
        byte[] damaged = Files.readAllBytes(store);
        List<String> asked = new ArrayList<>();

        // A wrong password: refused, the damaged file left as it was.
        assertThat(StoreStartup.open(store, answers(true, asked, "sai mật khẩu"))).isEmpty();
        assertThat(Files.readAllBytes(store)).isEqualTo(damaged);

        StoreStartup.Opened opened = StoreStartup.open(store, answers(true, asked, "mật khẩu quản trị")).orElseThrow();
        try (Services s = opened.services()) {
            assertThat(opened.mode()).isEqualTo(StoreMode.WRITABLE);
            assertThat(s.readOnly()).isFalse();
        }
        assertThat(StoreTestSupport.recordsDigest(store)).isEqualTo(good);
        assertThat(asked).anySatisfy(m -> assertThat(m).contains("bị hỏng"));
    }

    private Path sampleStore() {
        Path store = dir.resolve("atr.db");
        try (Services s = Services.open(store)) {
            s.sample().loadHaiPhong2023();
            s.reference().saveAgency(s.reference().agency());
        }
        return store;
    }

    private static StoreStartup.Questions answers(boolean yes, List<String> asked) {
        return answers(yes, asked, "không dùng");
    }

    private static StoreStartup.Questions answers(boolean yes, List<String> asked, String adminPassword) {
        return new RecordingQuestions(asked, yes, yes, adminPassword);
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
