package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.Messages;

/**
 * No caption cut to "…" on any screen of the main window (every tab), at the smallest window the app allows and
 * at an office PC's 1366x768, in Vietnamese and English ({@link CaptionCheck}; the dialogs and forms are
 * {@link DialogCaptionUiTest}'s). The headless screen (Monocle's default 1280x800) may be narrower than 1366: the
 * window is then as wide as the screen, which cuts sooner. With {@code -Datr.screenshots=DIR} each screen is also saved.
 */
class CutCaptionUiTest extends UiTestBase {
    private static final double[][] SIZES = {{1000, 600}, {1366, 768}};

    CutCaptionUiTest() {
        super(StartOn.SAMPLE); // no user yet: the single-user session may use every screen
    }

    @Test
    void everyCaptionIsShownWhole(FxRobot robot) throws Exception {
        Path shots = Screenshots.folder().orElse(null);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        List<String> cut = new ArrayList<>();
        for (Locale language : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
            robot.interact(() -> {
                Messages.setLocale(language);
                app.context.navigator().reload(); // the whole window again, in that language
            });
            for (double[] size : SIZES) {
                double width = Math.min(size[0], screen.getWidth());
                double height = Math.min(size[1], screen.getHeight());
                robot.interact(() -> {
                    stage.setMaximized(false);
                    stage.setWidth(width);
                    stage.setHeight(height);
                });
                for (Node nav : robot.lookup(".nav-button").queryAll()) {
                    robot.interact(((ButtonBase) nav)::fire);
                    String screenName = language.getLanguage() + " " + (int) width + "x" + (int) height + " "
                            + nav.getId();
                    List<Tab> tabs = new ArrayList<>();
                    robot.interact(() -> nav.getScene().getRoot().lookupAll(".tab-pane")
                            .forEach(p -> tabs.addAll(((TabPane) p).getTabs())));
                    if (tabs.isEmpty()) {
                        CaptionCheck.check(robot, nav.getScene(), screenName, shots, cut);
                    }
                    for (Tab tab : tabs) { // an unselected tab's content is not shown: each in turn
                        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
                        CaptionCheck.check(robot, nav.getScene(), screenName + " [" + tab.getText() + "]", shots, cut);
                    }
                }
            }
        }
        assertThat(cut).isEmpty();
        assertThat(app.errors).isEmpty();
    }
}
