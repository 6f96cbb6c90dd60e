package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.Messages;

/**
 * No caption cut to "…" on any screen of the main window (every tab), at the smallest window the app allows and
 * at an office PC's 1366x768, in Vietnamese and English: every shown {@link Labeled} (buttons, labels, check
 * boxes, tab and column headers) displays its whole text. Table and list cells are left out: a long value in a
 * column is cut by design. The headless screen (Monocle's default 1280x800) may be narrower than 1366: the window
 * is then as wide as the screen, which cuts sooner. With {@code -Datr.screenshots=DIR} each screen is also saved.
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
                        check(robot, nav, screenName, shots, cut);
                    }
                    for (Tab tab : tabs) { // an unselected tab's content is not shown: each in turn
                        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
                        check(robot, nav, screenName + " [" + tab.getText() + "]", shots, cut);
                    }
                }
            }
        }
        assertThat(cut).isEmpty();
        assertThat(app.errors).isEmpty();
    }

    private static void check(FxRobot robot, Node anyNode, String where, Path shots, List<String> cut)
            throws Exception {
        robot.interact(() -> {
            Parent root = anyNode.getScene().getRoot();
            root.applyCss();
            root.layout();
            collect(root, where, cut);
        });
        if (shots != null) {
            Screenshots.snap(anyNode.getScene(), shots.resolve(where.replaceAll("[^\\p{L}0-9x]+", "-") + ".png"));
        }
    }

    private static void collect(Node node, String where, List<String> cut) {
        if (!node.isVisible() || node instanceof IndexedCell) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            String full = l.isMnemonicParsing() ? withoutMnemonic(l.getText()) : l.getText();
            Text shown = shownText(l);
            if (shown != null && !shown.getText().equals(full)) {
                cut.add(where + ": " + l.getClass().getSimpleName() + (l.getId() == null ? "" : " #" + l.getId())
                        + " " + l.getStyleClass() + " shows \"" + shown.getText() + "\" of \"" + full + "\"");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, where, cut));
        }
    }

    /** The text node of the Labeled's own skin, not that of a control nested in it (a lookup would find both). */
    private static Text shownText(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c.getStyleClass().contains("text"))
                .map(Text.class::cast).findFirst().orElse(null);
    }

    /** As mnemonic parsing shows it: the first single underscore dropped, a doubled one shown once. */
    private static String withoutMnemonic(String text) {
        StringBuilder shown = new StringBuilder();
        boolean mnemonicSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length() && text.charAt(i + 1) == '_') {
                shown.append('_');
                i++;
            } else if (c == '_' && !mnemonicSeen && i + 1 < text.length()) {
                mnemonicSeen = true;
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
