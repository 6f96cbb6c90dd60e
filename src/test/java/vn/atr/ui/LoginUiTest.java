package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Role;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.login.IdleLock;
import vn.atr.ui.login.LoginDialog;
import vn.atr.ui.shell.MainWindow;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/** A store with users: the login dialog refuses a wrong password in place, then opens the main window. */
@ExtendWith(ApplicationExtension.class)
class LoginUiTest {
    private static final String ADMIN_PW = "quan-tri-2026!";
    private static final String MANAGER_PW = "lanh-dao-2026!";
    private static final String STAFF_PW = "can-bo-xa-2026!";

    @TempDir
    static Path dir;
    private Path store;
    private AppContext context;
    private Preferences prefs;
    private final List<String> errors = new ArrayList<>();
    private IdleLock idleLock;
    private Stage mainStage;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        Messages.setLocale(Messages.VIETNAMESE);
        store = dir.resolve("login-" + UUID.randomUUID() + ".db");
        try (Services s = Services.open(store)) {
            s.auth().createFirstAdministrator("admin", ADMIN_PW.toCharArray());
            s.reference().saveAgency(s.reference().agency());
            s.users().add("lan", Role.MANAGER, null, MANAGER_PW.toCharArray());
            s.users().add("minh", Role.COMMUNE_STAFF, "305", STAFF_PW.toCharArray());
        }
        ErrorHandler recording = new ErrorHandler() {
            @Override
            protected void display(String message) {
                errors.add(message);
            }
        };
        prefs = Preferences.userRoot().node("atr-test-" + UUID.randomUUID());
        context = new AppContext(Services.open(store), TaskRunner.synchronous(recording), recording,
                new WindowState(prefs));
        LoginDialog.show(context, null, () -> {
            MainWindow.show(context, stage);
            idleLock = IdleLock.install(context, stage);
        }, () -> { });
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        context.close();
        prefs.removeNode();
    }

    @Test
    void wrongPasswordIsRefusedInPlaceThenTheRightOneOpensTheWindow(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#login-store").queryAs(Label.class).getText()).as("which store asks for the login")
                .isEqualTo(context.storeText()).startsWith("Tệp dữ liệu: ").endsWith(".db");
        TextField user = robot.lookup("#login-user").queryAs(TextField.class);
        PasswordField password = robot.lookup("#login-password").queryAs(PasswordField.class);
        robot.interact(() -> {
            user.setText("lan");
            password.setText("not-the-password");
        });
        robot.clickOn("#login-ok");
        assertThat(robot.lookup("#login-error").queryAs(Label.class).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(password.getText()).isEmpty();
        assertThat(context.services().session().isLoggedIn()).isFalse();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isEmpty();

        robot.interact(() -> password.setText(MANAGER_PW));
        robot.clickOn("#login-ok");
        assertThat(context.services().session().userName()).isEqualTo("lan");
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#login").tryQuery()).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND user_name = 'lan'")).isEqualTo(1);
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM audit_log WHERE action = 'login' AND user_name = 'lan'")).isEqualTo(1);
    }

    /** A manager reads records: no add or delete is offered, only "Xem", rather than a form refused at saving. */
    @Test
    void aManagerIsOfferedToViewRecordsNotToAddOrDeleteThem(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#login-user").queryAs(TextField.class).setText("lan");
            robot.lookup("#login-password").queryAs(PasswordField.class).setText(MANAGER_PW);
        });
        robot.clickOn("#login-ok");
        robot.clickOn("#nav-activities");
        assertThat(robot.lookup("#activity-add").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#activity-delete").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#activity-edit").queryButton().getText()).isEqualTo("_Xem");
        robot.clickOn("#nav-cases");
        for (String list : List.of("case", "victim", "support")) {
            assertThat(robot.lookup("#" + list + "-add").queryButton().isVisible()).as(list).isFalse();
            assertThat(robot.lookup("#" + list + "-delete").queryButton().isVisible()).as(list).isFalse();
            assertThat(robot.lookup("#" + list + "-edit").queryButton().getText().replace("_", "")).as(list)
                    .isEqualTo("Xem"); // the letter shown on the list in hand only
        }
        robot.clickOn("#nav-metrics");
        assertThat(robot.lookup("#metric-add").queryButton().isVisible()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void theIdleLockAsksTheSameUserAgainAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#login-user").queryAs(TextField.class).setText("lan");
            robot.lookup("#login-password").queryAs(PasswordField.class).setText(MANAGER_PW);
        });
        robot.clickOn("#login-ok");
        robot.clickOn("#nav-activities");
        TextField search = robot.lookup("#activity-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("Đồ Sơn, chưa lưu"));

        robot.interact(idleLock::lockNow);
        assertThat(idleLock.isLocked()).isTrue();
        assertThat(context.services().session().isLoggedIn()).isFalse(); // the services refuse while locked
        TextField user = robot.lookup("#login-user").queryAs(TextField.class);
        assertThat(user.getText()).isEqualTo("lan");
        assertThat(user.isEditable()).isFalse();

        robot.interact(() -> robot.lookup("#login-password").queryAs(PasswordField.class).setText(MANAGER_PW));
        robot.clickOn("#login-ok");
        assertThat(idleLock.isLocked()).isFalse();
        assertThat(context.services().session().userName()).isEqualTo("lan");
        assertThat(search.getText()).isEqualTo("Đồ Sơn, chưa lưu");
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM audit_log WHERE action = 'lock' AND user_name = 'lan'")).isEqualTo(1);
        assertThat(context.services().auth().idleLockAfter()).isEqualTo(java.time.Duration.ofMinutes(10));
    }

    @Test
    void aLogOutSettlesTheEditsThenLetsTheNextUserInWithTheirOwnScreens(FxRobot robot) throws Exception {
        logIn(robot, "admin", ADMIN_PW);
        assertThat(robot.lookup("#nav-users").tryQuery()).isPresent();
        robot.clickOn("#nav-report");
        javafx.scene.control.TextArea assessment = robot.lookup("#report-section-ASSESSMENT")
                .queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> assessment.setText("Đánh giá của quản trị viên, chưa lưu"));

        robot.clickOn("#logout-button");
        robot.clickOn("#close-cancel"); // stay: the text and the session remain
        assertThat(context.services().session().userName()).isEqualTo("admin");
        assertThat(assessment.getText()).isEqualTo("Đánh giá của quản trị viên, chưa lưu");

        robot.clickOn("#logout-button");
        robot.clickOn("#close-discard");
        assertThat(context.services().session().isLoggedIn()).isFalse();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).as("nothing of the last user in sight").isEmpty();
        assertThat(robot.lookup("#login-user").queryAs(TextField.class).isEditable()).as("any user").isTrue();
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM audit_log WHERE action = 'logout' AND user_name = 'admin'")).isEqualTo(1);

        logIn(robot, "admin", ADMIN_PW);
        robot.clickOn("#nav-report");
        assertThat(robot.lookup("#report-section-ASSESSMENT").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("discarded, not handed to the next session").doesNotContain("chưa lưu");
        assertThat(vn.atr.ui.common.OpenForms.dirty(mainStage)).isEmpty();

        robot.clickOn("#logout-button"); // nothing unsaved: no question
        logIn(robot, "minh", STAFF_PW);
        assertThat(context.services().session().userName()).isEqualTo("minh");
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).as("the administrator's screens are gone").isEmpty();
        assertThat(robot.lookup("#status-unit").queryAs(Label.class).getText()).contains("Người dùng: minh");
        // ward staff export their unit's report but do not write the city's text: nothing to type and be refused
        robot.clickOn("#nav-report");
        assertThat(robot.lookup("#report-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#report-submit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#report-number").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#report-section-ASSESSMENT").queryAs(javafx.scene.control.TextArea.class)
                .isEditable()).isFalse();
        assertThat(robot.lookup("#report-export").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#report-submission").queryAs(Label.class).getText()).as("says why")
                .startsWith("Phần viết, số, ngày và người ký của báo cáo do cán bộ tổng hợp soạn");
        robot.clickOn("#nav-reference"); // the reference lists are read, not changed, by ward staff
        assertThat(robot.lookup("#unit-add").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#organisation-delete").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#agency-edit").queryButton().isVisible()).isFalse();
        assertThat(errors).isEmpty();
    }

    private static void logIn(FxRobot robot, String name, String password) {
        robot.interact(() -> {
            robot.lookup("#login-user").queryAs(TextField.class).setText(name);
            robot.lookup("#login-password").queryAs(PasswordField.class).setText(password);
        });
        robot.clickOn("#login-ok");
    }

    @Test
    void communeStaffAreOfferedOnlyTheUnitsTheyMayUse(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#login-user").queryAs(TextField.class).setText("minh");
            robot.lookup("#login-password").queryAs(PasswordField.class).setText(STAFF_PW);
        });
        robot.clickOn("#login-ok");
        robot.clickOn("#nav-activities");
        javafx.scene.control.ComboBox<vn.atr.ui.common.Choice> unit =
                robot.lookup("#activity-filter-unit").queryComboBox();
        // another unit is not offered (its records would be refused): the officer's own, and the units within it
        assertThat(unit.getItems()).isNotEmpty().extracting(vn.atr.ui.common.Choice::code)
                .allMatch(code -> context.services().session().mayTouchUnit(code)).contains("305")
                .doesNotContain("306", "04");
        robot.clickOn("#activity-add");
        javafx.scene.control.ComboBox<vn.atr.ui.common.Choice> formUnit = robot.lookup("#form-unit").queryComboBox();
        assertThat(formUnit.getValue()).as("a new activity starts in the officer's unit").isNotNull()
                .extracting(vn.atr.ui.common.Choice::code).isEqualTo("305");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(errors).isEmpty();
        assertThat(context.services().session().userName()).isEqualTo("minh");
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
    }
}
