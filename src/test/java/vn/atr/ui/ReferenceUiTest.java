package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Choice;

/** Reference data: a new unit, a retired organisation (kept, inactive), the agency's name changed. */
class ReferenceUiTest extends UiTestBase {
    ReferenceUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    @Test
    void addAUnitRetireAnOrganisationRenameTheAgency(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reference");
        robot.clickOn("#unit-add");
        robot.clickOn("#form-code").write("99999");
        robot.clickOn("#form-name").write("Xã Thử Nghiệm");
        ComboBox<Choice> level = robot.lookup("#form-level").queryComboBox();
        robot.interact(() -> level.setValue(level.getItems().get(2)));
        robot.clickOn("#form-validFrom .text-field").write("01/07/2025");
        robot.clickOn("#form-name").type(KeyCode.ENTER);
        assertThat(StoreTestSupport.text(app.store, "SELECT valid_from FROM admin_unit WHERE code = '99999'"))
                .isEqualTo("2025-07-01");

        long orgs = StoreTestSupport.count(app.store, "SELECT count(*) FROM organisation");
        long retired = StoreTestSupport.count(app.store, "SELECT count(*) FROM organisation WHERE active = 0");
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        robot.interact(() -> robot.lookup("#organisation-table").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#organisation-delete");
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM organisation")).isEqualTo(orgs);
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM organisation WHERE active = 0"))
                .as("one more retired, beside the bodies of the 2025 reorganisation").isEqualTo(retired + 1);

        robot.clickOn(robot.lookup(".tab").nth(2).queryAs(javafx.scene.Node.class));
        robot.clickOn("#agency-edit");
        robot.doubleClickOn("#form-issuingAgency").push(javafx.scene.input.KeyCode.CONTROL, KeyCode.A)
                .eraseText(1).type(KeyCode.ENTER);
        assertThat(robot.lookup("#error-issuingAgency").queryAs(Label.class).getText()).contains("bắt buộc");
        robot.write("SỞ Y TẾ HẢI PHÒNG").type(KeyCode.ENTER);
        assertThat(robot.lookup("#agency-issuingAgency").queryAs(Label.class).getText()).isEqualTo("SỞ Y TẾ HẢI PHÒNG");
        assertThat(app.errors).isEmpty();
    }
}
