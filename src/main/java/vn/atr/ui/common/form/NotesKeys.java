package vn.atr.ui.common.form;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a form's notes box: Enter keeps its lines, Ctrl+Enter saves from it, and Tab (Shift+Tab) leaves it
 * as from any other field, instead of typing a tab into the notes and keeping a keyboard user inside the box.
 */
public final class NotesKeys {
    private NotesKeys() {
    }

    /** Installs the keys on {@code area}; {@code save} is the form's save button. */
    public static void install(TextArea area, Button save) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> handle(e, area, save));
    }

    static void handle(KeyEvent e, TextArea area, Button save) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            e.consume();
            if (!save.isDisabled()) {
                save.fire();
            }
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            // the text area's own Ctrl+Tab: JavaFX's traversal, in the order of the other fields
            e.consume();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                    false));
        }
    }
}
