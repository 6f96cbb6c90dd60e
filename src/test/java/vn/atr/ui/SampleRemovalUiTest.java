package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.Meta;
import vn.atr.domain.Victim;

/**
 * The app bar's sample badge opens what it stands for and, for a user who may load data, takes the sample out:
 * the records typed beside it stay, and the first-run questions ask for the agency and unit the sample had set.
 */
class SampleRemovalUiTest extends UiTestBase {
    SampleRemovalUiTest() {
        super(StartOn.SAMPLE);
    }

    @Test
    void theBadgeTakesTheSampleOutAndTheAgencyIsAskedAgain(FxRobot robot) throws Exception {
        Button badge = robot.lookup("#sample-badge").queryAs(Button.class);
        assertThat(badge.isVisible()).isTrue();
        look(robot, ".main-window", "sample-badge");
        assertThat(badge.isFocused()).as("the window's first focus is the period's, as without the sample").isFalse();
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.DIGIT5, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        robot.push(new javafx.scene.input.KeyCodeCombination(KeyCode.DIGIT8, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        assertThat(badge.isFocused()).as("a screen's focused field leaving with its screen: not to the badge").isFalse();
        robot.interact(badge::requestFocus);
        look(robot, ".main-window", "sample-badge-focused");
        robot.type(KeyCode.SPACE); // reachable without the mouse
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("Tệp dữ liệu này đang chứa dữ liệu mẫu Hải Phòng năm 2023")
                .contains("các bản ghi do người dùng tự nhập được giữ nguyên");
        look(robot, ".dialog-pane", "sample-remove-confirm");
        robot.clickOn("#confirm-yes");

        assertThat(app.errors).isEmpty();
        assertThat(robot.lookup("#sample-removed .content").queryLabeled().getText())
                .isEqualTo("Đã gỡ dữ liệu mẫu Hải Phòng 2023: xóa 118 bản ghi mẫu và bản nháp báo cáo năm 2023.\n"
                        + "Các bản ghi do người dùng nhập được giữ nguyên. Tiếp theo, hãy khai báo cơ quan và đơn vị của bạn.");
        assertThat(robot.lookup("#sample-badge").queryAs(Button.class).isVisible()).as("the new window's badge").isFalse();
        assertThat(app.context.services().sample().recordsHeld()).isZero();
        assertThat(app.context.period().to().getYear()).as("the current year, not the sample's").isGreaterThan(2023);
        robot.type(KeyCode.ENTER); // closes the news: the questions follow

        assertThat(robot.lookup("#first-run").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .startsWith("Dữ liệu mẫu đã được gỡ.");
        assertThat(robot.lookup("#first-run-sample").query().isVisible()).as("never offered again here").isFalse();
        look(robot, "#first-run", "sample-removed-first-run");
        look(robot, ".main-window", "sample-removed-window");
        robot.clickOn("#first-run-later");
    }

    @Test
    void aVictimTypedUnderASampleCaseKeepsTheSampleAndSaysWhy(FxRobot robot) {
        var services = app.context.services();
        String caseId = "01865a00-0000-7000-8000-000000000062";
        Victim sample = services.cases().victims(caseId).get(0);
        robot.interact(() -> services.cases().save(new Victim(Meta.fresh("test"), sample.unitCode(), caseId, "NN-PHUONG-01",
                sample.sex(), sample.birthYear(), sample.ageBand(), sample.ethnicity(), sample.destinationCountry(),
                sample.traffickedWithinVietnam(), sample.residenceProvinceCode(), sample.legalStatus(),
                sample.exploitationForms(), sample.returnPath(), sample.identificationDate(), sample.returnedDate(),
                sample.consentToDataUse(), null), "canbo"));

        robot.clickOn("#sample-badge");
        robot.clickOn("#confirm-yes");

        assertThat(app.errors).singleElement().asString()
                .contains("nạn nhân NN-PHUONG-01 không thuộc dữ liệu mẫu nhưng được ghi vào vụ việc mẫu HP-2023-01");
        assertThat(robot.lookup("#sample-removed").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sample-badge").queryAs(Button.class).isVisible()).isTrue();
        assertThat(services.sample().isLoaded()).isTrue();
    }

    /** To look at it: -Datr.screenshots=DIR. */
    private static void look(FxRobot robot, String node, String name) throws Exception {
        if (System.getProperty("atr.screenshots") != null) {
            Screenshots.snap(robot.lookup(node).query().getScene(),
                    java.nio.file.Path.of(System.getProperty("atr.screenshots"), name + ".png"));
        }
    }
}
