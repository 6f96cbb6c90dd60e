package vn.atr.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.ui.shell.MainWindow;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/**
 * A real main window on its own store file: synchronous tasks (no waiting in tests), error
 * messages recorded instead of shown, window state in a throw-away preferences node.
 */
final class UiFixture implements AutoCloseable {
    final Path store;
    final AppContext context;
    final List<String> errors = new ArrayList<>();
    private final Preferences prefs;

    private UiFixture(Path store, boolean configure, boolean sample) {
        this(store, prepared(store, configure, sample));
    }

    private static Services prepared(Path store, boolean configure, boolean sample) {
        Messages.setLocale(Messages.VIETNAMESE);
        Services services = Services.open(store);
        if (sample) {
            services.sample().loadHaiPhong2023();
            services.reference().saveAgency(services.reference().agency());
        } else if (configure) {
            AgencySettings a = services.reference().agency();
            services.reference().saveAgency(new AgencySettings(a.superiorAgency(), "SỞ Y TẾ", "SYT", "Hải Phòng",
                    a.recipient(), a.signerTitle(), a.signerName(), "04", "04"));
        }
        return services;
    }

    private UiFixture(Path store, Services services) {
        this.store = store;
        Messages.setLocale(Messages.VIETNAMESE);
        ErrorHandler recording = new ErrorHandler() {
            @Override
            protected void display(String message) {
                errors.add(message);
            }
        };
        prefs = Preferences.userRoot().node("atr-test-" + UUID.randomUUID());
        context = new AppContext(services, TaskRunner.synchronous(recording), recording, new WindowState(prefs));
        context.periodProperty().set(ReportPeriod.ofYear(2023));
    }

    static UiFixture show(Stage stage, Path store, boolean configure, boolean sample) {
        UiFixture f = new UiFixture(store, configure, sample);
        MainWindow.show(f.context, stage);
        return f;
    }

    /** A window on services opened by the caller (read-only, damaged or in use by another window). */
    static UiFixture showOn(Stage stage, Services services, AppContext.StoreMode mode) {
        UiFixture f = new UiFixture(services.storeFileIfAny().orElse(null), services);
        f.context.storeModeProperty().set(mode);
        MainWindow.show(f.context, stage);
        return f;
    }

    @Override
    public void close() throws BackingStoreException, java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages(); // saves the window state before its node goes
        context.close();
        prefs.removeNode();
        Messages.setLocale(Messages.VIETNAMESE);
    }
}
