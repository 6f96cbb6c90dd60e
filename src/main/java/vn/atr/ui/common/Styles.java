package vn.atr.ui.common;

/** The stylesheets every window of the app uses (the main window, record forms, the activity form). */
public final class Styles {
    public static final String STYLESHEET = "/vn/atr/ui/app.css";
    /**
     * AtlantaFX's Primer Light theme, used as a plain stylesheet: the 2.1.0 classes are compiled for
     * Java 21, but the theme CSS is all we need and works on Java 17 (docs/decisions/0020-ui-wiring.md).
     */
    public static final String THEME = "/atlantafx/base/theme/primer-light.css";

    private Styles() {
    }

    /** The app's stylesheet as a scene wants it. */
    public static String stylesheet() {
        return Styles.class.getResource(STYLESHEET).toExternalForm();
    }

    /** The theme, as the user-agent stylesheet. */
    public static String theme() {
        return Styles.class.getResource(THEME).toExternalForm();
    }
}
