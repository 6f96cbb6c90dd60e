package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.atr.domain.ActivityRow;
import vn.atr.service.DataGenerator;

/** A list longer than one page: rows scrolled to are read after the first page and drawn when they come. */
class PagedListUiTest extends UiTestBase {
    PagedListUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    @Override
    protected void afterStart() {
        app.context.services().generator().generate(new DataGenerator.Spec(3, 900, 0, 7, 2023));
    }

    @Test
    void scrollingFarReadsThePageThere(FxRobot robot) {
        robot.clickOn("#nav-activities");
        TableView<ActivityRow> table = robot.lookup("#activity-table").queryTableView();
        int size = table.getItems().size();
        assertThat(size).isGreaterThan(600);
        robot.interact(() -> table.scrollTo(size - 1));
        WaitForAsyncUtils.waitForFxEvents();
        ActivityRow[] last = new ActivityRow[1];
        robot.interact(() -> last[0] = table.getItems().get(size - 1)); // the page arrived: a real row, not "…"
        assertThat(last[0].id()).isNotNull();
        assertThat(last[0].title()).isNotEqualTo("\u2026");
        robot.interact(() -> table.getSelectionModel().select(size - 1));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isNotNull();
    }
}
