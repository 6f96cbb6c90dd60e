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
import vn.atr.service.Services;
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
    /** The store the command line asked for ({@code --db}: a file or an address), or null; parsed there, never from raw arguments. */
    private static volatile String requested;
    private AppContext context;

    @Override
    public void start(Stage stage) {
        StartupProbe.install();
        StartupProbe.mark("toolkit started");
        ErrorHandler errors = new ErrorHandler();
        errors.install();
        WindowState state = WindowState.forUser();
        Messages.setLocale(state.language());
        String store = AppContext.storeAddress(requested, state);
        boolean remembered = requested == null && state.rememberedStore().filter(store::equals).isPresent();
        EarlyStore pre = early;
        early = null;
        StartupDialogs dialogs = new StartupDialogs(remembered, Services.isServerAddress(store));
        Optional<StoreStartup.Opened> opened = pre != null && pre.isFor(store)
                ? StoreStartup.open(store, dialogs, pre::await)
                : StoreStartup.open(store, dialogs);
        StartupProbe.mark("store open");
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        if (remembered && !opened.get().services().onServer()) {
            state.setRememberedStore(Optional.empty()); // the user chose this computer's file instead
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
    public static void launchApp(String store) {
        requested = store;
        early = EarlyStore.start(AppContext.storeAddress(store, WindowState.forUser()));
        Application.launch(AtrApp.class);
    }

    /** The start-up questions as blocking dialogs (before the main window exists). */
    private static final class StartupDialogs implements StoreStartup.Questions {
        /** The store is the server remembered in the settings: a failure offers this computer's file. */
        private final boolean remembered;
        /** The dialogs' heading: a data file, or a store on a server. */
        private final String header;

        StartupDialogs(boolean remembered, boolean server) {
            this.remembered = remembered;
            this.header = Messages.get(server ? "error.serverHeader" : "error.storeHeader");
        }

        @Override
        public boolean openLocalInstead(Throwable failure) {
            if (!remembered) {
                refuse(failure);
                return false;
            }
            LoggerFactory.getLogger(AtrApp.class).error("Cannot open the remembered server store", failure);
            return ask(ErrorHandler.userMessage(failure) + "\n\n" + Messages.get("startup.localInstead"),
                    "startup.openLocal", "startup.exit");
        }

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
            alert.setHeaderText(header);
            alert.showAndWait();
        }

        private boolean ask(String message, String yesKey, String noKey) {
            ButtonType yes = new ButtonType(Messages.get(yesKey).replace("_", ""), ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(Messages.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, message, yes, no);
            alert.setTitle(Messages.get("app.title"));
            alert.setHeaderText(header);
            return alert.showAndWait().filter(yes::equals).isPresent();
        }
    }
}
