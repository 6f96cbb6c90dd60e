package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.ui.common.Tables;

/**
 * In the smallest window the app allows (1000x600), lower than the fifteen screens' buttons: the status bar stays in
 * the window, the list of screens scrolls to the one opened or reached with Tab, the catalogue screen scrolls down
 * to its age bands, and the report screen fits the width (no sideways scrolling to reach its buttons); lists keep
 * their short values (units, types, dates, statuses) whole and every column in sight.
 */
class LowWindowUiTest extends UiTestBase {
    LowWindowUiTest() {
        super(StartOn.SAMPLE);
    }

    private static boolean inWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight() + 0.5;
    }

    /** Whether {@code node} lies within the part of {@code scroll}'s content that shows. */
    private static boolean shownIn(ScrollPane scroll, Node node) {
        Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    /** The smallest window the app allows. */
    private void smallest(FxRobot robot) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1000);
            stage.setHeight(600);
        });
    }

    private static ScrollPane scrollPaneAround(Node node) {
        Node n = node.getParent();
        while (!(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        return (ScrollPane) n;
    }

    @Test
    void theStatusBarStaysAndTheScreensListScrollsToTheOneInHand(FxRobot robot) {
        smallest(robot);
        ScrollPane navScroll = (ScrollPane) robot.lookup(".nav-scroll").query();
        ToggleButton last = (ToggleButton) robot.lookup("#nav-documents").query();
        ToggleButton first = (ToggleButton) robot.lookup("#nav-dashboard").query();
        assertThat(inWindow(robot.lookup("#status-store").query())).as("status bar").isTrue();
        assertThat(shownIn(navScroll, last)).as("the last screen's button, before").isFalse();

        robot.interact(() -> app.context.navigator().open("documents"));
        assertThat(last.isSelected()).isTrue();
        assertThat(shownIn(navScroll, last)).as("opened by the program").isTrue();
        assertThat(shownIn(navScroll, first)).isFalse();

        robot.interact(first::requestFocus);
        assertThat(shownIn(navScroll, first)).as("reached by focus").isTrue();
        robot.interact(last::requestFocus);
        robot.type(KeyCode.TAB); // from the list's last button into the screen: the list stays where it is
        assertThat(shownIn(navScroll, last)).isTrue();
        assertThat(inWindow(robot.lookup("#status-store").query())).isTrue();
        assertThat(app.errors).isEmpty();
    }

    @Test
    void theCatalogueScrollsDownToItsAgeBands(FxRobot robot) {
        smallest(robot);
        robot.interact(() -> app.context.navigator().open("catalog"));
        Node ages = robot.lookup("#catalog-age-bands").query();
        ScrollPane screen = scrollPaneAround(ages);
        assertThat(shownIn(screen, ages)).as("below the window at first").isFalse();
        robot.interact(() -> screen.setVvalue(screen.getVmax()));
        assertThat(shownIn(screen, ages)).as("after scrolling down").isTrue();
        assertThat(app.errors).isEmpty();
    }

    @Test
    void theReportScreenFitsTheWidth(FxRobot robot) {
        smallest(robot);
        robot.interact(() -> app.context.navigator().open("report"));
        ScrollPane screen = scrollPaneAround(robot.lookup("#report-number").query());
        robot.interact(() -> screen.getScene().getRoot().layout());
        assertThat(screen.getContent().minWidth(-1)).as("the screen's narrowest width")
                .isLessThanOrEqualTo(screen.getViewportBounds().getWidth());
        Node reopen = robot.lookup("#report-reopen").query();
        Bounds b = reopen.localToScene(reopen.getBoundsInLocal());
        assertThat(b.getMaxX()).as("the last button's right edge").isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(app.errors).isEmpty();
    }

    @Test
    void listsKeepShortValuesWholeAndEveryColumnInSight(FxRobot robot) {
        smallest(robot);
        for (String[] screen : new String[][] {{"activities", "#activity-table"}, {"cases", "#case-table"},
                {"metrics", "#metric-table"}, {"audit", "#audit-table"}}) {
            robot.interact(() -> app.context.navigator().open(screen[0]));
            TableView<?> table = robot.lookup(screen[1]).queryTableView();
            List<String> cut = new ArrayList<>();
            robot.interact(() -> {
                table.applyCss();
                table.layout();
                double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                // A few pixels over is the constrained policy's own rounding under the table's border.
                assertThat(columns).as(screen[0] + ": the columns fit the table")
                        .isLessThanOrEqualTo(table.getWidth() + 4);
                table.lookupAll(".table-cell").forEach(n -> {
                    TableCell<?, ?> cell = (TableCell<?, ?>) n;
                    Text shown = CaptionCheck.shownText(cell);
                    if (cell.isVisible() && cell.getText() != null && shown != null
                            && !shown.getText().equals(cell.getText())
                            && (cell.getTooltip() == null || !cell.getTooltip().getText().equals(cell.getText()))) {
                        cut.add(screen[0] + " " + cell.getTableColumn().getText() + ": " + shown.getText());
                    }
                });
            });
            assertThat(cut).as("cut values without their whole text in a tooltip").isEmpty();
            long whole = table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                    .filter(c -> c.getText() != null && !c.getText().isEmpty()
                            && c.getTableColumn().getStyleClass().contains(Tables.WHOLE_VALUES)
                            && c.getTooltip() == null && c.getText().equals(CaptionCheck.shownText(c).getText()))
                    .count();
            assertThat(whole).as(screen[0] + ": values shown whole").isPositive();
        }
        robot.interact(() -> app.context.navigator().open("activities"));
        TableView<?> activities = robot.lookup("#activity-table").queryTableView();
        assertThat(robot.lookup("#activity-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "Huyện Thủy Nguyên".equals(c.getText())).findFirst()
                .map(c -> CaptionCheck.shownText(c).getText())).as("a unit's name in a 1000 px window")
                .contains("Huyện Thủy Nguyên");
        TableColumn<?, ?> title = activities.getVisibleLeafColumns().get(activities.getVisibleLeafColumns().size() - 1);
        assertThat(title.getWidth()).as("the free text keeps some room").isGreaterThanOrEqualTo(100);
        assertThat(app.errors).isEmpty();
    }
}
