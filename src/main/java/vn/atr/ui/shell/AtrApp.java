package vn.atr.ui.shell;

import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
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
        if (pre != null && pre.isFor(store) && !pre.isDone()) {
            // Still opening: the FX thread stays free, so that a notice can show if it takes long.
            OpeningNotice notice = OpeningNotice.after(OpeningNotice.DELAY, store);
            pre.onStep(step -> Platform.runLater(() -> notice.step(step)));
            pre.whenDone(() -> Platform.runLater(() -> {
                try {
                    open(stage, state, store, remembered, pre, errors);
                } finally {
                    notice.close(); // after the next window shows: the last window closing would end the app
                }
            }));
            return;
        }
        open(stage, state, store, remembered, pre, errors);
    }

    private void open(Stage stage, WindowState state, String store, boolean remembered, EarlyStore pre,
                      ErrorHandler errors) {
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
            // The login has the app's look (its theme is set by the main window, which comes after it).
            javafx.application.Application.setUserAgentStylesheet(vn.atr.ui.common.Styles.theme());
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
                main.backupDone(info.time(), info.deletedForRoom());
            }
        }, reason -> {
            if (context.navigator() instanceof MainController main) {
                main.backupFailed(reason);
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
}
