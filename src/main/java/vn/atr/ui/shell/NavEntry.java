package vn.atr.ui.shell;

import vn.atr.domain.access.Permission;

/**
 * One entry of the navigation pane: the screen's id, its label key and its view, and the permission
 * a user needs to see it (null = every user). Hiding is only for comfort: the services refuse anyway.
 */
public record NavEntry(String id, String labelKey, Class<?> controller, String fxml, Permission required) {
    public NavEntry(String id, String labelKey, Class<?> controller, String fxml) {
        this(id, labelKey, controller, fxml, null);
    }

    /** Whether the logged-in user sees this entry. */
    public boolean visibleTo(vn.atr.service.Session session) {
        return required == null || session.has(required);
    }
}
