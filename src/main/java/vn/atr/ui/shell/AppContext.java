package vn.atr.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.DataFolder;
import vn.atr.service.Services;
import vn.atr.ui.common.Host;

/**
 * Everything the screens share, built once: the services on one store, the task runner, the error
 * handler, the remembered window state and the reporting period every screen follows.
 */
public final class AppContext implements Host, AutoCloseable {
    /** System property naming the store file (tests, or a second store beside the default one). */
    public static final String STORE_PROPERTY = "atr.db";

    /** How the store is open: for writing, or read-only because it is damaged or another ATR has it. */
    public enum StoreMode { WRITABLE, DAMAGED, IN_USE }

    private volatile Services services;
    private final ObjectProperty<StoreMode> storeMode = new SimpleObjectProperty<>(StoreMode.WRITABLE);
    private final TaskRunner tasks;
    private final ErrorHandler errors;
    private final WindowState windowState;
    private final ViewLoader views;
    private Navigator navigator;
    private java.util.function.Consumer<String> documentOpener = uri -> { };
    private java.util.function.Consumer<Runnable> firstFrame = Runnable::run;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final java.util.List<javafx.beans.value.ChangeListener<? super ReportPeriod>> screenListeners =
            new java.util.ArrayList<>();
    private final java.util.Map<Class<?>, Object> handedOver = new java.util.HashMap<>();
    /** True while the window picks its opening period: that choice is the store's, not the user's, so not remembered. */
    private boolean starting;
    /** The status bar's last backup line, shown again by a window rebuilt (another language) in its place. */
    private java.util.function.Consumer<BackupStatusLine> backupLine;

    public AppContext(Services services, TaskRunner tasks, ErrorHandler errors, WindowState windowState) {
        this.services = services;
        storeMode.set(services.readOnly() ? StoreMode.DAMAGED : StoreMode.WRITABLE);
        this.tasks = tasks;
        this.errors = errors;
        this.windowState = windowState;
        period.set(ReportPeriod.ofYear(windowState.rememberedReportYear().orElse(thisYear())));
        period.addListener((o, old, p) -> {
            if (p.isReportYear() && !starting) {
                windowState.setReportYear(p.to().getYear());
            }
        });
        this.views = new ViewLoader(this);
    }

    private static int thisYear() {
        return ReportPeriod.reportYearOf(LocalDate.now());
    }

    /**
     * Moves to the report year this store should open on (the user's last choice if the store has data in
     * it, else its latest year with data), read off the FX thread; not remembered as the user's choice.
     * A period the user picked while it was read is kept.
     */
    public void openOnYearWithData() {
        ReportPeriod before = period.get();
        var remembered = windowState.rememberedReportYear();
        var dashboard = services.dashboard();
        tasks.run(() -> dashboard.openingYear(remembered, thisYear()), year -> {
            if (period.get().equals(before)) {
                starting = true;
                try {
                    period.set(ReportPeriod.ofYear(year));
                } finally {
                    starting = false;
                }
            }
        });
    }

    /**
     * The store the app opens: {@code requested} (the command line's {@code --db}), else the {@value #STORE_PROPERTY}
     * property, else the server store chosen in the settings ({@link WindowState#rememberedStore()}), else the
     * data folder's file: a file name or a postgresql:// address.
     */
    public static String storeAddress(String requested, WindowState state) {
        if (requested != null) {
            return requested;
        }
        if (hasStoreProperty()) {
            return localStore().toString();
        }
        return state.rememberedStore().orElseGet(() -> localStore().toString());
    }

    /** This computer's own store file: the {@value #STORE_PROPERTY} property's, else the data folder's (created). */
    public static Path localStore() {
        return hasStoreProperty() ? Path.of(System.getProperty(STORE_PROPERTY)) : DataFolder.defaultStore();
    }

    /** {@link #localStore()} for showing it: the data folder is not created. */
    public static Path localStoreName() {
        return hasStoreProperty() ? Path.of(System.getProperty(STORE_PROPERTY))
                : DataFolder.path().resolve(DataFolder.STORE_FILE);
    }

    private static boolean hasStoreProperty() {
        String property = System.getProperty(STORE_PROPERTY);
        return property != null && !property.isBlank();
    }

    public Services services() {
        return services;
    }

    /**
     * What identifies this store among the user's stores in the window's memory (the report template): the
     * file's absolute path, or the server's address.
     */
    public String storeKey() {
        return services.storeFileIfAny().map(f -> f.toAbsolutePath().normalize().toString())
                .orElseGet(services::storeAddress);
    }

    /**
     * Where files made from the store go unless the user picks a folder: beside the store file; for a server store
     * the folder last used, else the user's documents folder (there is no store folder on this computer).
     */
    public Path outputFolder() {
        return services.storeFileIfAny().map(f -> f.toAbsolutePath().getParent())
                .or(windowState::lastFolder)
                .orElseGet(AppContext::documentsFolder);
    }

    /** The user's documents folder ({@code ~/Documents}, Windows' "Documents" too), else the home folder. */
    static Path documentsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return java.nio.file.Files.isDirectory(documents) ? documents : home;
    }

    /** "Tệp dữ liệu: PATH" or "Kho dữ liệu trên máy chủ: postgresql://..." (an address never holds credentials). */
    public String storeText() {
        return services.onServer() ? Messages.get("status.server", services.storeAddress())
                : Messages.get("status.store", services.storeAddress());
    }

    /**
     * Puts freshly opened services in place of the closed ones (after a restore); the caller closed
     * the old ones and rebuilds the window, so no screen keeps a reference to them.
     */
    public void replaceServices(Services next, StoreMode mode) {
        this.services = next;
        storeMode.set(mode);
    }

    void rememberBackupLine(java.util.function.Consumer<BackupStatusLine> line) {
        this.backupLine = line;
    }

    java.util.Optional<java.util.function.Consumer<BackupStatusLine>> backupLine() {
        return java.util.Optional.ofNullable(backupLine);
    }

    public StoreMode storeMode() {
        return storeMode.get();
    }

    public ObjectProperty<StoreMode> storeModeProperty() {
        return storeMode;
    }

    /** True while the store is open read-only: every edit action is disabled and nothing is written. */
    @Override
    public boolean readOnly() {
        return storeMode.get() != StoreMode.WRITABLE;
    }

    @Override
    public boolean mayChange(vn.atr.domain.access.Permission p) {
        return !readOnly() && services.session().has(p);
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    public ErrorHandler errors() {
        return errors;
    }

    public WindowState windowState() {
        return windowState;
    }

    public ViewLoader views() {
        return views;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** Set by the main window once it exists. */
    public void setNavigator(Navigator navigator) {
        this.navigator = navigator;
    }

    /**
     * Runs {@code work} (on the FX thread) once the main window's first frame is on screen, or at once when
     * there is no such wait: work the first frame does not need, such as the dashboard's charts (ADR 0061).
     * Only the app waits ({@link #waitForFirstFrame}); tests and benchmarks run the work at once.
     */
    public void afterFirstFrame(Runnable work) {
        firstFrame.accept(work);
    }

    /** The app's start: {@link #afterFirstFrame} work waits for the first pulse of {@code stage}'s scene. */
    public void waitForFirstFrame(javafx.stage.Stage stage) {
        firstFrame = work -> {
            if (stage.getScene() == null) {
                work.run(); // no window yet to wait for
                return;
            }
            FirstFrame.after(stage.getScene(), () -> {
                firstFrame = Runnable::run;
                work.run();
            });
        };
    }

    /** How files are opened with the desktop's program (the app's HostServices; nothing in tests). */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        this.documentOpener = opener;
    }

    public void openDocument(Path file) {
        documentOpener.accept(file.toUri().toString());
    }

    /** Opens an address (a page of the user guide, with its section) in the desktop's browser. */
    public void openDocument(java.net.URI uri) {
        documentOpener.accept(uri.toString());
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    /**
     * Follows the window's period for as long as the screens now loaded are the window's: a reload of the screens
     * (a language change) drops these listeners, so that screens no longer shown stop reloading their data.
     */
    public void onPeriodChange(javafx.beans.value.ChangeListener<? super ReportPeriod> listener) {
        screenListeners.add(listener);
        period.addListener(listener);
    }

    /** Keeps {@code value} for the screen that replaces the one leaving ({@link ScreenLeaving}), by its type. */
    public <T> void handOver(Class<T> type, T value) {
        handedOver.put(type, value);
    }

    /** Whether something of {@code type} was handed over and not taken yet. */
    public boolean isHandedOver(Class<?> type) {
        return handedOver.containsKey(type);
    }

    /** What a leaving screen handed over for its successor, once. */
    public <T> java.util.Optional<T> takeHandedOver(Class<T> type) {
        return java.util.Optional.ofNullable(type.cast(handedOver.remove(type)));
    }

    /** Drops what leaving screens handed over: at a log-out nothing typed by one user may reach the next. */
    public void dropHandedOver() {
        handedOver.clear();
    }

    /** Drops the listeners of the screens loaded so far ({@link #onPeriodChange}): they are being replaced. */
    public void dropScreenListeners() {
        screenListeners.forEach(period::removeListener);
        screenListeners.clear();
    }

    public ReportPeriod period() {
        return period.get();
    }

    /** Who is recorded as having made a change (until user accounts exist: the OS user). */
    public String author() {
        return System.getProperty("user.name", "ui");
    }

    @Override
    public void close() {
        services.close();
    }
}
