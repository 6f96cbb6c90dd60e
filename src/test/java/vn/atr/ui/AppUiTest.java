package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.Messages;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Choice;
import vn.atr.ui.shell.Screens;

/** A new store: the first-run questions, the 2023 sample on the dashboard, the language switch. */
class AppUiTest extends UiTestBase {
    AppUiTest() {
        super(StartOn.EMPTY_STORE);
    }

    @Test
    void firstRunLoadsTheSampleAndTheDashboardShowsTheArticlesFigures(FxRobot robot) throws Exception {
        // With the sample ticked, the sample's agency and unit are offered: the 2023 report is signed by them.
        assertThat(robot.lookup("#first-run-issuing").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        ComboBox<Choice> offered = robot.lookup("#first-run-unit").queryComboBox();
        assertThat(offered.getValue().code()).isEqualTo("04");
        robot.interact(() -> offered.setValue(null));
        robot.clickOn("#first-run-ok"); // no unit chosen: refused, nothing stored
        assertThat(robot.lookup("#error-unitCode").queryAs(Label.class).getText()).contains("bắt buộc");
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM activity")).isZero();

        ComboBox<Choice> unit = robot.lookup("#first-run-unit").queryComboBox();
        robot.interact(() -> unit.getItems().stream().filter(c -> c.code().equals("04")).findFirst()
                .ifPresent(unit::setValue));
        robot.clickOn("#first-run-ok");

        assertThat(StoreTestSupport.text(app.store, "SELECT value FROM setting WHERE key = 'installation.unit'"))
                .isEqualTo("04");
        assertThat(StoreTestSupport.text(app.store, "SELECT value FROM setting WHERE key = 'agency.issuing'"))
                .isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        robot.clickOn("#nav-dashboard");
        assertThat(figure(robot, "OUTREACH_SESSION")).isEqualTo("54");
        assertThat(figure(robot, "OUTREACH_SESSION-participants")).isEqualTo("10.215");
        assertThat(figure(robot, "NEWS_ARTICLE")).isEqualTo("70");
        assertThat(figure(robot, "cases")).isEqualTo("3");
        assertThat(figure(robot, "victims")).isEqualTo("4");
        assertThat(figure(robot, "supportServices")).isEqualTo("13");
        assertThat(robot.lookup("#status-unit").queryAs(Label.class).getText()).isEqualTo("Đơn vị: Hải Phòng");

        // The list follows the period: 2023 has the sample's activities, 2022 has none.
        robot.clickOn("#nav-activities");
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();
        assertThat(table.getItems()).isNotEmpty();
        // What a click on the "by type" bar does: the list narrowed to that type (and back to all).
        robot.interact(() -> ((vn.atr.ui.activity.ActivitiesController) app.context.navigator().open(Screens.ACTIVITIES))
                .showOnly("TRAINING", null, app.context.period().from(), app.context.period().to()));
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.typeCode()).isEqualTo("TRAINING"));
        robot.clickOn("#activity-filter-clear");
        assertThat(table.getItems()).hasSizeGreaterThan(1);
        // Sorting is done by the store: the list is read again in the new order.
        javafx.scene.control.TableColumn<ActivityRow, ?> people = table.getColumns().get(3);
        robot.interact(() -> {
            people.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(people));
        });
        assertThat(table.getItems()).extracting(ActivityRow::participants)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        robot.interact(() -> table.getSortOrder().clear());
        assertThat(table.getItems()).extracting(ActivityRow::startDate)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        robot.interact(() -> app.context.periodProperty().set(vn.atr.domain.ReportPeriod.ofYear(2022)));
        assertThat(table.getItems()).isEmpty();
        assertThat(app.errors).isEmpty();
    }

    @Test
    void switchToEnglishAndBack(FxRobot robot) {
        robot.clickOn("#first-run-later");
        robot.clickOn("#nav-settings");
        ComboBox<java.util.Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(1));
        assertThat(nav(robot, "dashboard")).isEqualTo("Overview");
        assertThat(nav(robot, "cases")).isEqualTo("Cases & victims");
        assertThat(Messages.locale().getLanguage()).isEqualTo("en");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        javafx.stage.Stage window = (javafx.stage.Stage) robot.lookup("#nav-settings").query().getScene().getWindow();
        assertThat(window.getTitle()).as("the window's title too").isEqualTo(Messages.get("app.title"))
                .doesNotContain("Báo cáo");

        ComboBox<java.util.Locale> again = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> again.getSelectionModel().select(0));
        assertThat(nav(robot, "dashboard")).isEqualTo("Tổng quan");
        assertThat(nav(robot, "cases")).isEqualTo("Vụ việc & nạn nhân");
        assertThat(window.getTitle()).contains("Báo cáo");
    }

    private static String figure(FxRobot robot, String name) {
        return robot.lookup("#figure-" + name + "-current").queryAs(Label.class).getText();
    }

    private static String nav(FxRobot robot, String id) {
        return robot.lookup("#nav-" + id).queryAs(ToggleButton.class).getText();
    }
}
