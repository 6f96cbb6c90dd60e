package vn.atr.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * The cut-caption check the window and dialog tests share: every shown {@link Labeled} (buttons, labels,
 * check boxes, tab and column headers) of a scene displays its whole text, not one cut to "…". Table and list
 * cells are left out: a long value in a column (or a combo box's shown value) is cut by design.
 */
final class CaptionCheck {
    private CaptionCheck() {
    }

    /**
     * Lays {@code scene} out and adds to {@code cut} each caption it shows cut, named by {@code where}; with a
     * {@code shots} folder also saves what the scene shows, as a PNG named after {@code where}.
     */
    static void check(FxRobot robot, Scene scene, String where, Path shots, List<String> cut) throws Exception {
        robot.interact(() -> {
            Parent root = scene.getRoot();
            root.applyCss();
            root.layout();
            collect(root, where, cut);
        });
        if (shots != null) {
            Screenshots.snap(scene, shots.resolve(where.replaceAll("[^\\p{L}0-9x]+", "-") + ".png"));
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
    static Text shownText(Labeled l) {
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
