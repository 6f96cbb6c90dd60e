package vn.atr.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The form windows open over the main window, so that closing the main window can ask about unsaved
 * edits (ui.main.CloseGuard). Kept in the main window's own properties: no global state, and a second
 * window (tests) has its own list.
 */
public final class OpenForms {
    /** What the close guard needs from a form window. */
    public interface Form {
        boolean dirty();

        /** Saves; runs {@code closed} once saved and closed (never, if the form refuses a value). */
        void save(Runnable closed);

        /** Closes without saving. */
        void discard();

        Window window();
    }

    private static final String KEY = OpenForms.class.getName();

    private OpenForms() {
    }

    /** Registers {@code form} with the main window above {@code owner} until the form's window is hidden. */
    public static void register(Window owner, Form form) {
        List<Form> forms = list(root(owner));
        forms.add(form);
        form.window().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> forms.remove(form));
    }

    /** The forms over {@code main} holding edits not saved yet. */
    public static List<Form> dirty(Window main) {
        return list(main).stream().filter(Form::dirty).toList();
    }

    /**
     * Closes every window over {@code main} (forms, with or without edits, and dialogs): at a log-out a form
     * left open would save as the next user. Call it once the edits were saved or discarded.
     */
    public static void closeAllOver(Window main) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != main && root(w) == main).forEach(Window::hide);
    }

    @SuppressWarnings("unchecked")
    private static List<Form> list(Window w) {
        return (List<Form>) w.getProperties().computeIfAbsent(KEY, k -> new ArrayList<Form>());
    }

    private static Window root(Window w) {
        Window at = w;
        while (at instanceof Stage s && s.getOwner() != null) {
            at = s.getOwner();
        }
        return at;
    }
}
