package vn.atr.ui.common;

import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;

/**
 * Read-only mode (a damaged store, or one another ATR has open): every button that would change the
 * store is disabled on each screen as it is shown. Edit buttons are recognised by their ids, which
 * follow one rule across the screens ({@code prefix-add}, {@code -edit}, {@code -delete}, {@code -save}...),
 * so a new screen is covered without changes here. The services refuse writes anyway; this only keeps
 * the user from starting work that cannot be saved.
 */
public final class EditLock {
    private static final Pattern EDIT_ID = Pattern.compile(".+-(add|edit|delete|save|retire|import|resolve|submit|reopen|reset|disable|apply|keep-ours|take-theirs)$");

    private EditLock() {
    }

    public static boolean isEditAction(Node node) {
        return node instanceof ButtonBase && node.getId() != null && EDIT_ID.matcher(node.getId()).matches();
    }

    /** Disables the edit actions under {@code root} (which must be in a scene, so that tab contents exist). */
    public static void apply(Parent root) {
        root.applyCss();
        for (Node node : root.lookupAll("*")) {
            if (isEditAction(node)) {
                if (node.disableProperty().isBound()) {
                    node.disableProperty().unbind(); // the window is rebuilt when the store becomes writable
                }
                node.setDisable(true);
            }
        }
    }
}
