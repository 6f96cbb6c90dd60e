package vn.atr.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
import vn.atr.ui.login.IdleLock;
import vn.atr.ui.login.LoginDialog;
import vn.atr.ui.main.MainWindow;

/** The desktop application: opens the store, builds the context, shows the main window. */
public final class AtrApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(AtrApp.class);
    private AppContext context;

    @Override
    public void start(Stage stage) {
        StartupProbe.install();
        ErrorHandler errors = new ErrorHandler();
        errors.install();
        WindowState state = WindowState.forUser();
        Messages.setLocale(state.language());
        Path store = AppContext.storePath(getParameters().getRaw());
        Services services;
        try {
            services = Services.open(store);
        } catch (RuntimeException e) {
            // A damaged or unreadable store: say why and stop, never write to it.
            LOG.error("Cannot open store", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorHandler.userMessage(e));
            alert.setHeaderText(Messages.get("error.storeHeader"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        context = new AppContext(services, TaskRunner.background(errors), errors, state);
        context.setDocumentOpener(getHostServices()::showDocument);
        if (services.session().isLoggedIn()) {
            MainWindow.show(context, stage);
        } else {
            // A store with users: nothing is shown or read before a successful login; then the idle lock watches.
            AppContext ready = context;
            LoginDialog.show(context, null, () -> {
                MainWindow.show(ready, stage);
                IdleLock.install(ready, stage);
            }, Platform::exit);
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    public static void launchApp(String... args) {
        Application.launch(AtrApp.class, args);
    }
}
