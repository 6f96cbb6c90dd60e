package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Choice;

/** A case with two victims and support, through the shared list and form. */
class CaseUiTest extends UiTestBase {
    CaseUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    @Test
    void aCaseWithTwoVictimsAndTheirSupport(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cases");
        robot.clickOn("#case-add");
        robot.clickOn("#form-caseCode").write("HP-2023-01");
        robot.clickOn("#form-detectionDate .text-field").write("05/05/2023");
        choose(robot, "#form-detectingAgency", "POLICE");
        robot.clickOn("#form-exploitationForms-SEXUAL");
        robot.clickOn("#form-caseCode").type(KeyCode.ENTER);
        assertThat(robot.lookup("#case-table").queryTableView().getItems()).hasSize(1);
        // the case just saved is the one chosen: its victims can be added at once
        assertThat(robot.lookup("#case-table").queryTableView().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#victim-add").queryButton().isDisabled()).isFalse();

        addVictim(robot, "NN-01", "FEMALE");
        addVictim(robot, "NN-02", "MALE");
        TableView<?> victims = robot.lookup("#victim-table").queryTableView();
        assertThat(victims.getItems()).hasSize(2);
        assertThat(((vn.atr.domain.Victim) victims.getSelectionModel().getSelectedItem()).victimCode())
                .as("the victim just saved is chosen").isEqualTo("NN-02");

        robot.clickOn("NN-01");
        robot.clickOn("#support-add");
        choose(robot, "#form-supportType", "MEDICAL");
        robot.clickOn("#form-serviceDate .text-field").write("10/05/2023");
        robot.clickOn("#form-amountVnd").write("1500000");
        robot.clickOn("#form-provider").write("Bệnh viện Việt Tiệp").type(KeyCode.ENTER);
        assertThat(robot.lookup("#support-table").queryTableView().getItems()).hasSize(1);

        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM victim WHERE deleted = 0")).isEqualTo(2);
        assertThat(StoreTestSupport.count(app.store, "SELECT amount_vnd FROM support_service")).isEqualTo(1_500_000);
        assertThat(StoreTestSupport.text(app.store, "SELECT exploitation_forms FROM trafficking_case")).isEqualTo("SEXUAL");

        // A case with victims is not deleted: the reason is said at once, no confirmation first; the store unchanged.
        String before = StoreTestSupport.digest(app.store);
        robot.clickOn("HP-2023-01");
        robot.clickOn("#case-delete");
        assertThat(robot.lookup("#confirm-yes").tryQuery()).isEmpty();
        assertThat(robot.lookup("#case-has-victims .content").queryLabeled().getText())
                .isEqualTo("Vụ việc HP-2023-01 còn nạn nhân; hãy xóa các nạn nhân trước.");
        robot.type(KeyCode.ENTER);
        assertThat(app.errors).isEmpty();
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);

        robot.clickOn("#nav-dashboard");
        assertThat(robot.lookup("#figure-victims-current").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#figure-supportAmountVnd-current").queryAs(Label.class).getText())
                .isEqualTo("1.500.000");
    }

    @Test
    void aVictimWithoutRequiredFieldsIsRefusedWithTheirNames(FxRobot robot) throws Exception {
        robot.clickOn("#nav-cases");
        robot.clickOn("#case-add");
        robot.clickOn("#form-caseCode").write("HP-2023-02");
        robot.clickOn("#form-detectionDate .text-field").write("05/05/2023");
        choose(robot, "#form-detectingAgency", "BORDER_GUARD");
        robot.clickOn("#form-save");
        robot.clickOn("HP-2023-02");
        String before = StoreTestSupport.digest(app.store);
        robot.clickOn("#victim-add");
        assertThat(robot.listWindows()).as("the form names the case its victim belongs to")
                .anyMatch(w -> w instanceof javafx.stage.Stage st && "Thêm nạn nhân (vụ việc HP-2023-02)".equals(st.getTitle()));
        robot.clickOn("#form-victimCode").write("NN-09");
        robot.clickOn("#form-birthYear").write("2090").type(KeyCode.ENTER);
        assertThat(robot.lookup("#error-sex").queryAs(Label.class).getText()).isEqualTo("Giới tính: bắt buộc phải nhập");
        assertThat(robot.lookup("#error-birthYear").queryAs(Label.class).getText()).startsWith("Năm sinh: năm sinh 2090");
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);
        // a day that does not exist stays as typed and is named under its field (it once went blank, unsaid)
        robot.clickOn("#form-identificationDate .text-field").write("31/02/2026").type(KeyCode.ENTER);
        assertThat(robot.lookup("#form-identificationDate .text-field").queryAs(javafx.scene.control.TextField.class)
                .getText()).isEqualTo("31/02/2026");
        robot.clickOn("#form-victimCode").type(KeyCode.ENTER);
        assertThat(robot.lookup("#form-identificationDate .text-field").queryAs(javafx.scene.control.TextField.class)
                .getText()).as("nor when the field is left").isEqualTo("31/02/2026");
        assertThat(robot.lookup("#error-identificationDate").queryAs(Label.class).getText())
                .contains("31/02/2026 không tồn tại");
        robot.interact(() -> robot.lookup("#form-identificationDate .text-field")
                .queryAs(javafx.scene.control.TextField.class).setText(""));

        // details that contradict one another: a 15-year-old in the band of adults, a destination abroad for a
        // trafficking within Vietnam; each named under its field, nothing stored
        choose(robot, "#form-sex", "FEMALE");
        choose(robot, "#form-ageBand", "FROM_18_TO_30");
        choose(robot, "#form-residenceProvinceCode", "04");
        javafx.scene.control.TextField year = robot.lookup("#form-birthYear").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> year.setText("2008"));
        robot.clickOn("#form-identificationDate .text-field").write("20/03/2023");
        // the case is domestic: its new victim starts trafficked within Vietnam
        assertThat(robot.lookup("#form-traffickedWithinVietnam").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isTrue();
        robot.clickOn("#form-destinationCountry").write("Trung Quốc");
        robot.clickOn("#form-victimCode").type(KeyCode.ENTER);
        assertThat(robot.lookup("#error-ageBand").queryAs(Label.class).getText())
                .startsWith("Nhóm tuổi: không khớp với năm sinh 2008").contains("14 hoặc 15 tuổi");
        assertThat(robot.lookup("#error-destinationCountry").queryAs(Label.class).getText())
                .contains("Bị mua bán trong nước", "Trung Quốc");
        // unticking the box answers the destination's message at once; the age band's stays until answered
        robot.clickOn("#form-traffickedWithinVietnam");
        assertThat(robot.lookup("#error-destinationCountry").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#error-ageBand").queryAs(Label.class).isVisible()).isTrue();
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);
    }

    private static void addVictim(FxRobot robot, String code, String sex) {
        robot.clickOn("#victim-add");
        robot.clickOn("#form-victimCode").write(code);
        choose(robot, "#form-sex", sex);
        choose(robot, "#form-ageBand", "FROM_18_TO_30");
        choose(robot, "#form-residenceProvinceCode", "04");
        // a domestic case's victim starts trafficked within Vietnam; Enter on the check box saves, as the form's
        // hint says, rather than ticking the box off
        javafx.scene.control.CheckBox within = robot.lookup("#form-traffickedWithinVietnam")
                .queryAs(javafx.scene.control.CheckBox.class);
        assertThat(within.isSelected()).isTrue();
        robot.interact(within::requestFocus);
        robot.type(KeyCode.ENTER);
    }

    private static void choose(FxRobot robot, String query, String code) {
        ComboBox<Choice> box = robot.lookup(query).queryComboBox();
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow()));
    }
}
