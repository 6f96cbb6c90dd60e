package vn.atr.ui.shell;

import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.atr.domain.Messages;
import vn.atr.ui.common.Styles;
import vn.atr.ui.shell.ViewLoader.View;
import vn.atr.ui.firstrun.FirstRunDialog;

/** Puts the main window on a stage: used by the app and by the UI tests alike. */
public final class MainWindow {
    private MainWindow() {
    }

    /**
     * The first-run questions of a new store come once the main window is on screen (in the app after its
     * first frame, {@link AppContext#afterFirstFrame}; at once in tests); whether the store is new is read in
     * a task, like every store read.
     */
    public static MainController show(AppContext context, Stage stage) {
        context.openOnYearWithData();
        View<MainController> view = context.views().load(MainController.class, MainController::new);
        context.setNavigator(view.controller());
        Scene scene = new Scene(view.root(), 1280, 720);
        scene.getStylesheets().add(Styles.stylesheet());
        javafx.application.Application.setUserAgentStylesheet(Styles.theme());
        vn.atr.ui.common.Tables.selectFirstOnFocus(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        context.windowState().restore(stage);
        stage.setOnHidden(e -> context.windowState().save(stage));
        CloseGuard.install(stage);
        view.controller().open(context.windowState().lastScreen(Screens.DASHBOARD));
        stage.show();
        if (!context.readOnly()) {
            var reference = context.services().reference();
            context.tasks().run(reference::isConfigured, configured -> {
                if (!configured) {
                    context.afterFirstFrame(() -> askFirstRun(context, stage, "firstRun.header"));
                }
            });
        }
        return view.controller();
    }

    /** The first-run questions; once answered, the window follows the new settings (and the sample's year). */
    static void askFirstRun(AppContext context, Stage stage, String headerKey) {
        FirstRunDialog.show(context, stage, headerKey, () -> {
            context.openOnYearWithData(); // the sample, if loaded, has its own year
            if (context.navigator() instanceof MainController main) {
                main.settingsChanged();
            }
            context.navigator().reload();
        });
    }
}
