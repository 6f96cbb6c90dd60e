package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.atr.domain.ActivityRow;
import vn.atr.service.DataGenerator;

/** A list longer than one page: rows scrolled to are read after the first page and drawn when they come. */
@ExtendWith(ApplicationExtension.class)
class PagedListUiTest {
    @TempDir
    Path dir;
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.show(stage, dir.resolve("atr.db"), true, false);
        app.context.services().generator().generate(new DataGenerator.Spec(3, 900, 0, 7, 2023));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
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
