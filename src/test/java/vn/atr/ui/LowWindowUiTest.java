package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * In the smallest window the app allows (1000x600), lower than the fifteen screens' buttons: the status bar stays in
 * the window, the list of screens scrolls to the one opened or reached with Tab, the catalogue screen scrolls down
 * to its age bands, and the report screen fits the width (no sideways scrolling to reach its buttons).
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
}
