package vn.atr.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import vn.atr.domain.Messages;
import vn.atr.service.ServiceException;
import vn.atr.ui.backup.AdministratorLogin;
import vn.atr.ui.backup.AutoBackup;
import vn.atr.ui.login.IdleLock;
import vn.atr.ui.login.LoginDialog;
import vn.atr.ui.shell.MainController;
import vn.atr.ui.shell.MainWindow;

/** The desktop application: opens the store, builds the context, shows the main window. */
public final class AtrApp extends Application {
    /** The store being opened while the toolkit starts (set by {@link #launchApp}, taken once by {@link #start}). */
    private static volatile EarlyStore early;
    /** The store the command line asked for ({@code --db}), or null; parsed there, never from raw arguments. */
    private static volatile Path requested;
    private AppContext context;

    @Override
    public void start(Stage stage) {
        StartupProbe.install();
        StartupProbe.mark("toolkit started");
        ErrorHandler errors = new ErrorHandler();
        errors.install();
        WindowState state = WindowState.forUser();
        Messages.setLocale(state.language());
        Path store = AppContext.storePath(requested);
        EarlyStore pre = early;
        early = null;
        Optional<StoreStartup.Opened> opened = pre != null && pre.isFor(store)
                ? StoreStartup.open(store, new StartupDialogs(), pre::await)
                : StoreStartup.open(store, new StartupDialogs());
        StartupProbe.mark("store open");
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        context = new AppContext(opened.get().services(), TaskRunner.background(errors), errors, state);
        context.storeModeProperty().set(opened.get().mode());
        context.setDocumentOpener(getHostServices()::showDocument);
        if (context.services().session().isLoggedIn()) {
            showMain(stage);
        } else {
            // A store with users: nothing is shown or read before a successful login; then the idle lock watches.
            LoginDialog.show(context, null, () -> {
                showMain(stage);
                IdleLock.install(context, stage);
            }, Platform::exit);
        }
    }

    private void showMain(Stage stage) {
        // What the first frame does not need waits for it: the first-run questions, the dashboard's charts
        // and the daily backup (ADR 0061).
        context.waitForFirstFrame(stage);
        MainWindow.show(context, stage);
        StartupProbe.mark("main window built");
        AutoBackup.install(context, stage);
        context.afterFirstFrame(() -> AutoBackup.dailyIfDue(context, info -> {
            if (context.navigator() instanceof MainController main) {
                main.backupDone(info.time());
            }
        }));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * Starts opening the store ({@code null}: the default one) before the toolkit, then the toolkit;
     * {@link #start} takes the opened store (ADR 0061). No logger is made on this thread: logging starts on the store's thread.
     */
    public static void launchApp(Path store) {
        requested = store;
        early = EarlyStore.start(AppContext.storePath(store));
        Application.launch(AtrApp.class);
    }

    /** The start-up questions as blocking dialogs (before the main window exists). */
    private static final class StartupDialogs implements StoreStartup.Questions {
        @Override
        public boolean openReadOnly(String message) {
            return ask(StoreStartup.inUseQuestion(message), "startup.openReadOnly", "startup.exit");
        }

        @Override
        public boolean restoreUnreadable(String message, Path backup) {
            return ask(message + "\n\n" + Messages.get("startup.restoreQuestion", backup),
                    "backupScreen.restore", "startup.exit");
        }

        @Override
        public vn.atr.service.backup.BackupService.Credentials administrator() {
            return AdministratorLogin.ask(null, "")
                    .orElseThrow(() -> new ServiceException(Messages.get("restore.notConfirmed")));
        }

        @Override
        public void refuse(Throwable failure) {
            LoggerFactory.getLogger(AtrApp.class).error("Cannot open store", failure);
            Alert alert = new Alert(Alert.AlertType.ERROR, ErrorHandler.userMessage(failure));
            alert.setHeaderText(Messages.get("error.storeHeader"));
            alert.showAndWait();
        }

        private static boolean ask(String message, String yesKey, String noKey) {
            ButtonType yes = new ButtonType(Messages.get(yesKey).replace("_", ""), ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(Messages.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, message, yes, no);
            alert.setTitle(Messages.get("app.title"));
            alert.setHeaderText(Messages.get("error.storeHeader"));
            return alert.showAndWait().filter(yes::equals).isPresent();
        }
    }
}
