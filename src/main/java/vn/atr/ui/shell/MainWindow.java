package vn.atr.ui.shell;

import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.atr.domain.Messages;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.Screens;
import vn.atr.ui.shell.ViewLoader.View;
import vn.atr.ui.firstrun.FirstRunDialog;

/** Puts the main window on a stage: used by the app and by the UI tests alike. */
public final class MainWindow {
    public static final String STYLESHEET = "/vn/atr/ui/app.css";
    /**
     * AtlantaFX's Primer Light theme, used as a plain stylesheet: the 2.1.0 classes are compiled for
     * Java 21, but the theme CSS is all we need and works on Java 17 (docs/decisions/0020-ui-wiring.md).
     */
    public static final String THEME = "/atlantafx/base/theme/primer-light.css";

    private MainWindow() {
    }

    /**
     * The first-run questions of a new store come once the main window is on screen (in the app after its
     * first frame, {@link AppContext#afterFirstFrame}; at once in tests).
     */
    public static MainController show(AppContext context, Stage stage) {
        View<MainController> view = context.views().load(MainController.class, "MainWindow.fxml");
        context.setNavigator(view.controller());
        Scene scene = new Scene(view.root(), 1280, 720);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        javafx.application.Application.setUserAgentStylesheet(
                MainWindow.class.getResource(THEME).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        context.windowState().restore(stage);
        stage.setOnHidden(e -> context.windowState().save(stage));
        CloseGuard.install(stage);
        view.controller().open(context.windowState().lastScreen(Screens.DASHBOARD));
        stage.show();
        if (!context.readOnly() && !context.services().reference().isConfigured()) {
            context.afterFirstFrame(() -> FirstRunDialog.show(context, stage, () -> {
                if (context.navigator() instanceof MainController main) {
                    main.settingsChanged();
                }
                context.navigator().reload();
            }));
        }
        return view.controller();
    }
}
