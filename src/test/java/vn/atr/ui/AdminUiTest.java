package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Choice;
import vn.atr.ui.shell.MainWindow;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.Screens;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/**
 * The administrator's screens (ADR 0050): users (add, see, reset a password, the role's permissions)
 * and the audit log (filters, chain check); a manager is not offered them and the services refuse.
 */
@ExtendWith(ApplicationExtension.class)
class AdminUiTest {
    private static final String ADMIN_PW = "quan-tri-2026!";
    private static final String MANAGER_PW = "lanh-dao-2026!";
    private static final String STAFF_PW = "can-bo-xa-2026!";

    @TempDir
    static Path dir;
    private static Path template;
    private Stage stage;
    private AppContext context;
    private Preferences prefs;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void storeWithAnAdministratorAndAManager() {
        Messages.setLocale(Messages.VIETNAMESE);
        template = dir.resolve("template.db");
        try (Services s = Services.open(template)) {
            s.auth().createFirstAdministrator("admin", ADMIN_PW.toCharArray());
            s.reference().saveAgency(s.reference().agency());
            s.users().add("lan", Role.MANAGER, null, MANAGER_PW.toCharArray());
            s.users().add("minh", Role.COMMUNE_STAFF, "305", STAFF_PW.toCharArray());
            s.auth().login("lan", MANAGER_PW.toCharArray()); // the manager's own entries in the log
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A copy of the template store, logged in as {@code user}, in the main window. */
    private Path showAs(FxRobot robot, String user, String password, String... attack) throws Exception {
        Path store = dir.resolve("admin-" + UUID.randomUUID() + ".db");
        Files.copy(template, store);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store);
             java.sql.Statement st = c.createStatement()) {
            for (String sql : attack) {
                st.executeUpdate(sql); // the file edited outside ATR before the window opens it
            }
        }
        Services services = Services.open(store);
        services.auth().login(user, password.toCharArray());
        ErrorHandler recording = new ErrorHandler() {
            @Override
            protected void display(String message) {
                errors.add(message);
            }
        };
        prefs = Preferences.userRoot().node("atr-test-" + UUID.randomUUID());
        context = new AppContext(services, TaskRunner.synchronous(recording), recording, new WindowState(prefs));
        robot.interact(() -> MainWindow.show(context, stage));
        return store;
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
            prefs.removeNode();
        }
    }

    @Test
    void theAdministratorAddsAUserAndSeesIt(FxRobot robot) throws Exception {
        Path store = showAs(robot, "admin", ADMIN_PW);
        assertThat(robot.lookup("#status-unit").queryAs(Label.class).getText()).as("who works in this window")
                .endsWith("· Người dùng: admin (quản trị viên)");
        robot.clickOn("#nav-users");
        TableView<UserAccount> table = robot.lookup("#user-table").queryTableView();
        assertThat(table.getItems()).extracting(UserAccount::name).containsExactly("admin", "lan", "minh");

        robot.clickOn("#user-add");
        robot.interact(() -> {
            robot.lookup("#user-name").queryAs(TextField.class).setText("xa305");
            ComboBox<Role> role = robot.lookup("#user-role").queryComboBox();
            role.setValue(Role.COMMUNE_STAFF);
            ComboBox<Choice> unit = robot.lookup("#user-unit").queryComboBox();
            unit.setValue(unit.getItems().stream().filter(c -> "305".equals(c.code())).findFirst().orElseThrow());
            robot.lookup("#user-password").queryAs(PasswordField.class).setText("ngan");
            robot.lookup("#user-password-repeat").queryAs(PasswordField.class).setText("ngan");
        });
        robot.clickOn("#user-save");
        // the service's refusal is shown in the dialog, which stays open, and nothing is stored
        assertThat(robot.lookup("#user-error").queryAs(Label.class).getText()).contains("quá ngắn");
        assertThat(StoreTestSupport.count(store, "SELECT count(*) FROM app_user WHERE name = 'xa305'")).isZero();
        robot.interact(() -> {
            robot.lookup("#user-password").queryAs(PasswordField.class).setText("can-bo-xa-305!");
            robot.lookup("#user-password-repeat").queryAs(PasswordField.class).setText("can-bo-xa-305?");
        });
        robot.clickOn("#user-save");
        assertThat(robot.lookup("#user-error").queryAs(Label.class).getText()).isEqualTo("Hai lần nhập mật khẩu không giống nhau");
        robot.interact(() -> {
            robot.lookup("#user-password").queryAs(PasswordField.class).setText("can-bo-xa-305!");
            robot.lookup("#user-password-repeat").queryAs(PasswordField.class).setText("can-bo-xa-305!");
        });
        robot.clickOn("#user-save");

        assertThat(robot.lookup("#user-dialog").tryQuery()).isEmpty();
        assertThat(table.getItems()).extracting(UserAccount::name).contains("xa305");
        UserAccount added = table.getItems().stream().filter(u -> u.name().equals("xa305")).findFirst().orElseThrow();
        assertThat(added.role()).isEqualTo(Role.COMMUNE_STAFF);
        assertThat(added.unitCode()).isEqualTo("305");
        robot.interact(() -> table.getSelectionModel().select(added));
        assertThat(robot.lookup("#user-role-info").queryAs(Label.class).getText())
                .startsWith("Vai trò: cán bộ cấp xã").contains("nhập, sửa, xóa hồ sơ")
                .doesNotContain("quản lý người dùng");

        robot.clickOn("#user-reset");
        robot.interact(() -> {
            robot.lookup("#user-password").queryAs(PasswordField.class).setText("mat-khau-moi-305");
            robot.lookup("#user-password-repeat").queryAs(PasswordField.class).setText("mat-khau-moi-305");
        });
        robot.clickOn("#user-save");
        assertThat(robot.lookup("#user-dialog").tryQuery()).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM audit_log WHERE user_name = 'admin' AND action = 'user.create' AND record_id = 'xa305'"))
                .isEqualTo(1);
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM audit_log WHERE user_name = 'admin' AND action = 'user.passwd' AND record_id = 'xa305'"))
                .isEqualTo(1);
        assertThat(robot.lookup("#user-password-changed .content").queryLabeled().getText()).contains("xa305");
        robot.clickOn("Đóng");

        // the list names the unit; the officer moves to the Department as a compiler, with a new password
        assertThat(robot.lookup("Quận Lê Chân").tryQuery()).isPresent();
        robot.interact(() -> table.getSelectionModel().select(added));
        robot.clickOn("#user-role-change");
        robot.interact(() -> {
            robot.lookup("#user-role").queryComboBox().getSelectionModel().select(Role.COMPILER);
            robot.lookup("#user-password").queryAs(PasswordField.class).setText("tong-hop-moi-305");
            robot.lookup("#user-password-repeat").queryAs(PasswordField.class).setText("tong-hop-moi-305");
        });
        robot.clickOn("#user-save");
        assertThat(robot.lookup("#user-role-changed .content").queryLabeled().getText()).contains("cán bộ tổng hợp");
        assertThat(StoreTestSupport.count(store,
                "SELECT count(*) FROM app_user WHERE name = 'xa305' AND role = 'COMPILER' AND unit_code IS NULL"))
                .isEqualTo(1);
    }

    /** The installation's key made after lan's and minh's accounts: the screen says whose login still seals it. */
    @Test
    void theUsersScreenSaysWhoseFirstLoginStillKeepsTheSigningKeyInClear(FxRobot robot) throws Exception {
        showAs(robot, "admin", ADMIN_PW);
        context.services().exchange().export("305", vn.atr.domain.ReportPeriod.ofYear(2023),
                dir.resolve("key-" + UUID.randomUUID() + ".atrpkg"), null);
        robot.clickOn("#nav-users");
        Label note = robot.lookup("#user-signing-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Khóa ký gói dữ liệu của máy còn lưu không mã hóa").endsWith(": lan, minh.");
        List<String> cut = new ArrayList<>();
        CaptionCheck.check(robot, stage.getScene(), "users", null, cut);
        assertThat(cut).isEmpty();
        if (System.getProperty("atr.screenshots") != null) { // to look at it: -Datr.screenshots=DIR
            Screenshots.snap(stage.getScene(), Path.of(System.getProperty("atr.screenshots"), "users-signing-note.png"));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void anAccountChangedOutsideAtrIsShownAndConfirmedAndADisabledOneEnabledAgain(FxRobot robot) throws Exception {
        Path store = showAs(robot, "admin", ADMIN_PW, "UPDATE app_user SET unit_code = '306' WHERE name = 'minh'");
        robot.clickOn("#nav-users");
        TableView<UserAccount> table = robot.lookup("#user-table").queryTableView();
        assertThat(stateOf(table, "minh")).isEqualTo("bị sửa ngoài ATR, chờ xác nhận");
        assertThat(stateOf(table, "lan")).isEqualTo("đang dùng");

        select(robot, table, "minh");
        robot.clickOn("#user-confirm");
        robot.clickOn("#confirm-yes");
        assertThat(stateOf(table, "minh")).isEqualTo("đang dùng");

        select(robot, table, "lan");
        robot.clickOn("#user-disable");
        robot.clickOn("#confirm-yes");
        assertThat(stateOf(table, "lan")).isEqualTo("đã khóa");
        select(robot, table, "lan");
        robot.clickOn("#user-enable");
        assertThat(stateOf(table, "lan")).isEqualTo("đang dùng");
        assertThat(errors).isEmpty();
        assertThat(StoreTestSupport.text(store, "SELECT group_concat(action || ' ' || record_id, ', ') FROM audit_log"
                + " WHERE action IN ('user.confirm', 'user.disable', 'user.enable') ORDER BY seq"))
                .isEqualTo("user.confirm minh, user.disable lan, user.enable lan");
    }

    private static void select(FxRobot robot, TableView<UserAccount> table, String name) {
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static String stateOf(TableView<UserAccount> table, String name) {
        int row = table.getItems().indexOf(table.getItems().stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow());
        return String.valueOf(((javafx.scene.control.TableColumn<UserAccount, ?>) table.getColumns().get(3))
                .getCellData(row));
    }

    @Test
    void aManagerIsNotOfferedTheAdministratorsScreensAndTheServicesRefuse(FxRobot robot) throws Exception {
        showAs(robot, "lan", MANAGER_PW);
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
        // asking the navigator for the screen by name does not reach it either
        robot.interact(() -> context.navigator().open(Screens.USERS));
        assertThat(robot.lookup("#user-table").tryQuery()).isEmpty();
        assertThatThrownBy(() -> context.services().users().list()).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("lan");
        assertThatThrownBy(() -> context.services().audit().list(null, null, null, null, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.services().users().add("x", Role.MANAGER, null, "long-enough-pw".toCharArray()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void communeStaffAreNotOfferedThemEitherNorTheBackups(FxRobot robot) throws Exception {
        showAs(robot, "minh", STAFF_PW);
        assertThat(robot.lookup("#nav-activities").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-backup").tryQuery()).isEmpty();
        assertThatThrownBy(() -> context.services().audit().verify()).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("minh");
        assertThatThrownBy(() -> context.services().users().disable("lan")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.services().backup().backupTo(dir.resolve("minh.db"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuditLogFiltersAndChecksTheChain(FxRobot robot) throws Exception {
        showAs(robot, "admin", ADMIN_PW);
        robot.clickOn("#nav-audit");
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryTableView();
        assertThat(table.getItems()).extracting(AuditEntry::user).contains("admin", "lan");
        assertThat(table.getItems().get(0).action()).isEqualTo("login"); // newest first: this login

        robot.interact(() -> robot.lookup("#audit-user").queryAs(TextField.class).setText("lan"));
        robot.clickOn("#audit-filter");
        assertThat(table.getItems()).isNotEmpty().extracting(AuditEntry::user).containsOnly("lan");

        robot.interact(() -> {
            robot.lookup("#audit-user").queryAs(TextField.class).clear();
            robot.lookup("#audit-action").queryAs(TextField.class).setText("user.");
        });
        robot.clickOn("#audit-filter");
        assertThat(table.getItems()).extracting(AuditEntry::action).containsOnly("user.create");
        assertThat(table.getItems()).extracting(AuditEntry::recordId).containsExactly("minh", "lan", "admin"); // newest first

        LocalDate today = LocalDate.now();
        robot.interact(() -> {
            robot.lookup("#audit-action").queryAs(TextField.class).clear();
            robot.lookup("#audit-from").queryAs(DatePicker.class).setValue(today.plusDays(1));
        });
        robot.clickOn("#audit-filter");
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> {
            robot.lookup("#audit-from").queryAs(DatePicker.class).setValue(today.minusDays(1));
            robot.lookup("#audit-to").queryAs(DatePicker.class).setValue(today);
        });
        robot.clickOn("#audit-filter");
        assertThat(table.getItems()).isNotEmpty();
        assertThat(robot.lookup("#audit-count").queryAs(Label.class).getText())
                .isEqualTo(table.getItems().size() + " mục");

        robot.clickOn("#audit-verify");
        assertThat(robot.lookup("#audit-verify-result").queryAs(Label.class).getText())
                .startsWith("Nhật ký thao tác nguyên vẹn");
        assertThat(errors).isEmpty();
    }
}
