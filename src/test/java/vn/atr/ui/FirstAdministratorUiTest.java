package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.atr.domain.access.Role;
import vn.atr.store.StoreTestSupport;

/**
 * A store without users (the sample opens without a login) gets its first administrator from the users screen,
 * as {@code atr --admin} makes one: the role is fixed, the recovery key is shown once, and the store asks for a
 * login from then on.
 */
class FirstAdministratorUiTest extends UiTestBase {
    FirstAdministratorUiTest() {
        super(StartOn.SAMPLE);
    }

    @Test
    void theFirstUserAddedInTheWindowIsTheAdministratorAndSeesTheRecoveryKeyOnce(FxRobot robot) throws Exception {
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM app_user")).isZero();
        robot.clickOn("#nav-users");
        javafx.scene.control.TableView<?> table = robot.lookup("#user-table").queryTableView();
        assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText())
                .as("the empty list says how to begin").contains("Thêm người dùng", "quản trị viên đầu tiên");
        robot.clickOn("#user-add");
        ComboBox<Role> role = robot.lookup("#user-role").queryComboBox();
        assertThat(role.getValue()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(role.isDisabled()).isTrue();
        assertThat(robot.lookup("#user-first-note").queryAs(Label.class).getText()).contains("quản trị viên");
        robot.interact(() -> {
            robot.lookup("#user-name").queryAs(TextField.class).setText("quantri");
            robot.lookup("#user-password").queryAs(PasswordField.class).setText("mat-khau-quan-tri");
            robot.lookup("#user-password-repeat").queryAs(PasswordField.class).setText("mat-khau-quan-tri");
        });
        robot.clickOn("#user-save");
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#user-recovery-key").tryQuery().isPresent());
        String key = robot.lookup("#user-recovery-key").queryAs(javafx.scene.control.TextInputControl.class).getText();
        assertThat(key).hasSizeGreaterThan(20).doesNotContain(" ");
        assertThat(StoreTestSupport.count(app.store,
                "SELECT count(*) FROM app_user WHERE name = 'quantri' AND role = 'ADMINISTRATOR'")).isEqualTo(1);
        assertThat(StoreTestSupport.count(app.store,
                "SELECT count(*) FROM audit_log WHERE action = 'user.create' AND record_id = 'quantri'")).isEqualTo(1);
        assertThat(app.context.services().session().isSingleUser()).as("this window now runs as the administrator")
                .isFalse();
    }
}
