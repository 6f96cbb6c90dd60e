package vn.atr.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import vn.atr.domain.Messages;
import vn.atr.domain.OpenStep;
import vn.atr.ui.common.Styles;

/**
 * A small window saying the store is being opened, shown only when that takes longer than a moment: a large
 * store's first open of the day reads the whole file, and a schema upgrade of a national store takes minutes, while
 * the main window cannot show before the store is open. Without it nothing is on screen, and a user who starts ATR
 * again meets "the store is in use".
 */
final class OpeningNotice {
    /** Under this, the notice would only flicker before the main window. */
    static final Duration DELAY = Duration.millis(700);
    private final PauseTransition pause;
    private Stage stage;
    private boolean closed;
    private final Label stepText = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    private OpeningNotice(Duration delay, String store) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> show(store));
    }

    /** Shows the notice after {@code delay} unless {@link #close()} came first. On the FX thread. */
    static OpeningNotice after(Duration delay, String store) {
        OpeningNotice notice = new OpeningNotice(delay, store);
        notice.pause.play();
        return notice;
    }

    /**
     * Says what opening is doing: the full check, the copy kept before an upgrade, the upgrade's step (the bar then
     * counts the steps). On the FX thread; kept for the notice if it is not showing yet.
     */
    void step(OpenStep step) {
        stepText.setText(describe(step));
        bar.setProgress(step.kind() == OpenStep.Kind.UPGRADING && step.total() > 0
                ? (step.done() - 1) / (double) step.total() : ProgressBar.INDETERMINATE_PROGRESS);
    }

    /** The words for {@code step}: what is happening, and for an upgrade, that it must not be stopped. */
    static String describe(OpenStep step) {
        return switch (step.kind()) {
            case CREATING -> Messages.get("startup.step.creating");
            case CHECKING -> Messages.get("startup.step.checking");
            case COPYING -> Messages.get("startup.step.copying", step.detail());
            case UPGRADING -> step.total() > 0
                    ? Messages.get("startup.step.upgrading", step.done(), step.total())
                    : Messages.get("startup.step.upgradingStep", step.done()); // not counted ahead: the scripts could not be listed
        };
    }

    boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** Stops the wait, or hides the notice. Call it once the next window is showing: the last window closing ends the app. */
    void close() {
        closed = true;
        pause.stop();
        if (stage != null) {
            stage.hide();
        }
    }

    private void show(String store) {
        if (closed) {
            return;
        }
        Label title = new Label(Messages.get("startup.opening"));
        title.setId("opening-title");
        title.setStyle("-fx-font-weight: bold;");
        Label file = new Label(store);
        file.setId("opening-store");
        Label why = new Label(Messages.get("startup.openingWhy"));
        why.setWrapText(true);
        stepText.setId("opening-step");
        stepText.setWrapText(true);
        stepText.managedProperty().bind(stepText.textProperty().isNotEmpty());
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(10, title, file, why, stepText, bar);
        box.setPadding(new Insets(18));
        box.setPrefWidth(440);
        Scene scene = new Scene(box);
        scene.getStylesheets().add(Styles.stylesheet());
        stage = new Stage();
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.setResizable(false);
        stage.show();
    }
}
