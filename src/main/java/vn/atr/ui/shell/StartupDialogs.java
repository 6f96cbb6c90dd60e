package vn.atr.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.LoggerFactory;
import vn.atr.domain.Messages;
import vn.atr.service.ServiceException;
import vn.atr.service.backup.BackupService;
import vn.atr.ui.backup.AdministratorLogin;

/**
 * The start-up questions as blocking dialogs, owned by no window (the main window does not exist yet); public so
 * that the dialog tests can open them on real stores.
 */
public final class StartupDialogs implements StoreStartup.Questions {
    /** The store is the server remembered in the settings: a failure offers this computer's file. */
    private final boolean remembered;
    /** The dialogs' heading: a data file, or a store on a server. */
    private final String header;

    /** {@code remembered}: the store is the server remembered in the settings; {@code server}: a server store. */
    public StartupDialogs(boolean remembered, boolean server) {
        this.remembered = remembered;
        this.header = Messages.get(server ? "error.serverHeader" : "error.storeHeader");
    }

    @Override
    public boolean openLocalInstead(Throwable failure) {
        if (!remembered) {
            refuse(failure);
            return false;
        }
        LoggerFactory.getLogger(StartupDialogs.class).error("Cannot open the remembered server store", failure);
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
    public BackupService.Credentials administrator() {
        return AdministratorLogin.ask(null, "")
                .orElseThrow(() -> new ServiceException(Messages.get("restore.notConfirmed")));
    }

    @Override
    public void refuse(Throwable failure) {
        LoggerFactory.getLogger(StartupDialogs.class).error("Cannot open store", failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorHandler.userMessage(failure));
        alert.setTitle(Messages.get("app.title"));
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
