package vn.atr.ui.shell;

import java.util.function.Function;
import vn.atr.domain.access.Permission;
import vn.atr.service.Session;

/**
 * One entry of the navigation pane: the screen's id, its label key, its controller and how to build it,
 * and the permission a user needs to see it (null = every user). The view is found by convention beside
 * the controller ({@link ViewLoader#fxml}). Hiding is only for comfort: the services refuse anyway.
 */
public record Screen<C>(String id, String labelKey, Class<C> controller, Function<AppContext, C> constructor,
                        Permission required) {

    /** A screen every user sees. */
    public static <C> Screen<C> of(String id, String labelKey, Class<C> controller,
                                   Function<AppContext, C> constructor) {
        return new Screen<>(id, labelKey, controller, constructor, null);
    }

    /** A screen only users with {@code required} see. */
    public static <C> Screen<C> of(String id, String labelKey, Class<C> controller,
                                   Function<AppContext, C> constructor, Permission required) {
        return new Screen<>(id, labelKey, controller, constructor, required);
    }

    /** Whether the logged-in user sees this entry. */
    public boolean visibleTo(Session session) {
        return required == null || session.has(required);
    }
}
