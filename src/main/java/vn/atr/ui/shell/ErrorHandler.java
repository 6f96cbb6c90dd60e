package vn.atr.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;

/**
 * Where every failure ends up. The user sees a short message (the reason for refused input, a
 * generic Vietnamese sentence for anything unexpected), never a stack trace; the log gets the detail.
 * Stores stay consistent because every action is one transaction in a service.
 */
public class ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    /** The text shown to the user for {@code error}. */
    public static String userMessage(Throwable error) {
        Throwable e = error;
        while (e != null && !(e instanceof AtrException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof AtrException) {
            return e.getMessage();
        }
        return Messages.get("error.unexpected");
    }

    public void show(Throwable error) {
        log(error);
        String message = userMessage(error);
        if (Platform.isFxApplicationThread()) {
            display(message);
        } else {
            Platform.runLater(() -> display(message));
        }
    }

    /** Logs a failure whose message the screen shows itself (a refusal briefly, anything else in full). */
    public void log(Throwable error) {
        if (error instanceof AtrException) {
            LOG.info("Refused: {}", error.getClass().getSimpleName());
        } else {
            LOG.error("Unexpected failure", error);
        }
    }

    /** Shows the message without blocking, so that tests and background tasks never hang on it. */
    protected void display(String message) {
        // the button in the UI's language (JavaFX's own "OK" is English), and the message as a sentence
        String sentence = message == null || message.isBlank() || ".!?:)".indexOf(message.strip().charAt(
                message.strip().length() - 1)) >= 0 ? message : message.strip() + ".";
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence,
                new javafx.scene.control.ButtonType(Messages.get("about.close"),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("error.header"));
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    /** Catches what escapes event handlers on the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> show(e));
    }
}
