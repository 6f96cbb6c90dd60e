package vn.atr.ui;

/** One entry of the navigation pane: the screen's id, its label key and its view. */
public record NavEntry(String id, String labelKey, Class<?> controller, String fxml) {
}
