package vn.atr.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.Navigator;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.shell.Screens;
import vn.atr.ui.shell.ViewLoader.View;
import vn.atr.ui.backup.RestoreAction;
import vn.atr.ui.common.EditLock;

/** The main window: navigation, period selector, content area and status bar. Binds only. */
public final class MainController implements Navigator {
    private final AppContext context;
    private final MainViewModel model;
    private final Map<String, View<?>> loaded = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final ToggleGroup group = new ToggleGroup();

    @FXML private VBox nav;
    @FXML private ScrollPane navScroll;
    @FXML private StackPane content;
    @FXML private ComboBox<ReportPeriod> periodBox;
    @FXML private Label periodCaption;
    @FXML private Label storeLabel;
    @FXML private Button sampleBadge;
    @FXML private Label subtitle;
    @FXML private Label unitLabel;
    @FXML private Label periodLabel;
    @FXML private Label backupLabel;
    @FXML private Button aboutButton;
    @FXML private Button logoutButton;
    @FXML private HBox banner;
    @FXML private Label bannerText;
    @FXML private Button bannerRestore;

    public MainController(AppContext context) {
        this.context = context;
        this.model = new MainViewModel(context);
    }

    @FXML
    private void initialize() {
        int index = 1;
        for (Screen<?> entry : visibleScreens()) {
            ToggleButton b = new ToggleButton(Messages.get(entry.labelKey()));
            b.setId("nav-" + entry.id());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(e -> open(entry.id()));
            if (index <= 9) {
                KeyCombination key = new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index)),
                        KeyCombination.SHORTCUT_DOWN);
                b.setUserData(key);
            }
            index++;
            b.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    showInNav(b);
                }
            });
            buttons.put(entry.id(), b);
            nav.getChildren().add(b);
        }
        periodCaption.setLabelFor(periodBox);
        periodBox.getItems().setAll(model.periods());
        periodBox.setConverter(vn.atr.ui.common.PeriodLabels.converter());
        periodBox.setValue(context.period());
        periodBox.valueProperty().addListener((o, old, p) -> {
            if (p != null) {
                context.periodProperty().set(p);
            }
        });
        // A period chosen on a screen (6 months, a quarter on the report screen) is shown here too.
        context.onPeriodChange((o, old, p) -> {
            if (p != null && !p.equals(periodBox.getValue())) {
                if (!periodBox.getItems().contains(p)) {
                    periodBox.getItems().add(0, p);
                }
                periodBox.setValue(p);
            }
        });
        storeLabel.textProperty().bind(model.storeText());
        // in the subtitle's place: both do not fit a 1000-pixel window beside the period
        subtitle.visibleProperty().bind(model.holdsSample().not());
        subtitle.managedProperty().bind(model.holdsSample().not());
        sampleBadge.visibleProperty().bind(model.holdsSample());
        sampleBadge.managedProperty().bind(model.holdsSample());
        sampleBadge.setTooltip(new javafx.scene.control.Tooltip(Messages.get("status.withSample")));
        sampleBadge.setAccessibleHelp(Messages.get("status.withSample"));
        unitLabel.textProperty().bind(model.unitText());
        periodLabel.textProperty().bind(model.periodText());
        model.refreshUnit();
        boolean withLogins = context.services().session().isLoggedIn() && !context.services().session().isSingleUser();
        logoutButton.setVisible(withLogins);
        logoutButton.setManaged(withLogins);
        showReadOnlyBanner();
        context.backupLine().ifPresent(line -> line.accept(new BackupStatusLine(backupLabel)));
        nav.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                keepFirstFocusOffTheBadge(scene);
                // F1: the user guide at the screen in hand (offline); Shift+F1: About.
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::openHelp);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN),
                        aboutButton::fire);
                buttons.values().forEach(b -> {
                    if (b.getUserData() instanceof KeyCombination k) {
                        scene.getAccelerators().put(k, () -> { // Ctrl+3: the screen takes the focus, wherever it was
                            openedByShortcut = true;
                            b.fire();
                        });
                    }
                });
            }
        });
    }

    /**
     * Focus that falls to the badge by itself goes to the period, as without the sample: at the window's start,
     * and when a screen's focused field leaves the scene with its screen (Ctrl+8...), the badge is the first
     * control of the window, and a key pressed then would open its question. Tab and Shift+Tab still reach it.
     */
    private void keepFirstFocusOffTheBadge(javafx.scene.Scene scene) {
        scene.focusOwnerProperty().addListener((o, old, now) -> {
            if (now == sampleBadge && (old == null || old.getScene() != scene)) {
                periodBox.requestFocus();
            }
        });
    }

    /** Shows the screen, loading it the first time; remembers it as the last screen. */
    @Override
    public Object open(String screenId) {
        List<Screen<?>> visible = visibleScreens();
        Screen<?> entry = visible.stream().filter(e -> e.id().equals(screenId)).findFirst().orElse(visible.get(0));
        View<?> view = loaded.get(entry.id());
        if (view == null) {
            view = context.views().load(entry);
            loaded.put(entry.id(), view);
        } else if (view.controller() instanceof Refreshable r) {
            r.refresh();
        }
        content.getChildren().setAll(view.root());
        if (context.readOnly()) {
            EditLock.apply(view.root());
        }
        ToggleButton chosen = buttons.get(entry.id());
        chosen.setSelected(true);
        showInNav(chosen);
        context.windowState().setLastScreen(entry.id());
        currentScreen = entry.id();
        leavePeriodBox(view.root());
        return view.controller();
    }

    /**
     * A screen opened (Ctrl+3...) while the period box holds the focus, or while a field of the screen it replaces
     * held it, takes the focus: the focus would otherwise fall to the window's first control, the period box, and
     * the next arrow key would change the whole window's period without a word. A navigation button keeps it.
     */
    private void leavePeriodBox(javafx.scene.Parent screen) {
        javafx.scene.Node owner = periodBox.getScene() == null ? periodBox : periodBox.getScene().getFocusOwner();
        // at the start the focus is the period's (or the sample badge's, which hands it to the period); a field of
        // the screen just replaced has left the scene
        boolean shortcut = openedByShortcut;
        openedByShortcut = false;
        if (shortcut || owner == null || owner == periodBox || owner == sampleBadge || owner.getScene() == null
                || isWithin(owner, content)) {
            screen.requestFocus();
            javafx.application.Platform.runLater(() -> {
                // a list screen's first list (the arrows then move in it), else its first control
                javafx.scene.Node first = screen.lookupAll(".table-view").stream()
                        .filter(n -> n.isVisible() && !n.isDisabled() && n.isFocusTraversable()).findFirst()
                        .orElseGet(() -> firstFocusable(screen));
                if (first != null) {
                    first.requestFocus();
                    // a screen opened for the first time lays itself out and loads after this pulse: once more if
                    // the focus did not stay on it
                    javafx.application.Platform.runLater(() -> {
                        javafx.scene.Node now = first.getScene() == null ? null : first.getScene().getFocusOwner();
                        if (now != first && first.getScene() != null && (now == null || now == screen
                                || !isWithin(now, screen))) {
                            first.requestFocus();
                        }
                    });
                }
            });
        }
    }

    /** Set by a screen's shortcut (Ctrl+1...9) for the {@link #open} it causes. */
    private boolean openedByShortcut;

    private static boolean isWithin(javafx.scene.Node node, javafx.scene.Parent ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static javafx.scene.Node firstFocusable(javafx.scene.Parent parent) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n.isFocusTraversable() && n.isVisible() && !n.isDisabled()) {
                return n;
            }
            if (n instanceof javafx.scene.Parent p) {
                javafx.scene.Node inner = firstFocusable(p);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private String currentScreen = Screens.DASHBOARD;

    /**
     * Scrolls the screens' list so that {@code button} shows: in a window lower than the list, a screen opened by
     * its shortcut or a button reached with Tab would otherwise be out of sight.
     */
    private void showInNav(ToggleButton button) {
        double hidden = nav.getHeight() - navScroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = navScroll.getVvalue() * hidden;
        double view = navScroll.getViewportBounds().getHeight();
        double y = button.getBoundsInParent().getMinY();
        double bottom = button.getBoundsInParent().getMaxY();
        if (y < top) {
            navScroll.setVvalue(y / hidden);
        } else if (bottom > top + view) {
            navScroll.setVvalue((bottom - view) / hidden);
        }
    }

    /** The guide's page for the screen in hand, written from the application's copy and shown by the browser. */
    private void openHelp() {
        String screen = currentScreen;
        context.tasks().run(() -> context.services().help().pageFor(screen), context::openDocument);
    }

    /** The screens the logged-in user may use: the administrator's screens only for the administrator. */
    private List<Screen<?>> visibleScreens() {
        return Screens.all().stream().filter(e -> e.visibleTo(context.services().session())).toList();
    }

    @Override
    public void reload() {
        leaveScreens();
        showScreens(context, nav.getScene());
    }

    /** The screens loaded so far are replaced: they stop following the period and hand over what they hold. */
    private void leaveScreens() {
        context.dropScreenListeners();
        loaded.values().forEach(v -> {
            if (v.controller() instanceof ScreenLeaving s) {
                s.leaving();
            }
        });
    }

    /** The window's screens built anew in {@code scene}, for the session now open, at the last screen shown. */
    private static void showScreens(AppContext context, javafx.scene.Scene scene) {
        String current = context.windowState().lastScreen(Screens.DASHBOARD);
        View<MainController> fresh = context.views().load(MainController.class, MainController::new);
        Parent root = fresh.root();
        context.setNavigator(fresh.controller());
        scene.setRoot(root);
        if (scene.getWindow() instanceof javafx.stage.Stage stage) {
            stage.setTitle(Messages.get("app.title")); // after a change of language, as the screens are
        }
        fresh.controller().open(current);
    }

    /**
     * Ends the session without closing ATR, so that another user can log in on this computer: unsaved edits are
     * saved or discarded first, as when closing, the screens are dropped with everything they showed, and the login
     * asks anew; the next user's screens are built for their role. Cancelling the login closes ATR, as at start.
     */
    @FXML
    private void logOut() {
        javafx.scene.Scene scene = nav.getScene();
        javafx.stage.Stage stage = (javafx.stage.Stage) scene.getWindow();
        CloseGuard.settleForms(stage, "logout.unsaved", () -> {
            // nothing typed from here on lands in the screens being left (a name and password typed ahead of the
            // login dialog went into the list's search box, in plain view)
            scene.getRoot().setDisable(true);
            logOutNow(scene, stage);
        });
    }

    private void logOutNow(javafx.scene.Scene scene, javafx.stage.Stage stage) {
        context.tasks().run(() -> {
            context.services().auth().logout();
            return true;
        }, done -> {
            vn.atr.ui.common.OpenForms.closeAllOver(stage);
            leaveScreens();
            context.dropHandedOver();
            scene.setRoot(new StackPane());
            vn.atr.ui.login.LoginDialog.show(context, stage, () -> showScreens(context, scene),
                    javafx.application.Platform::exit);
        }, failure -> {
            scene.getRoot().setDisable(false);
            context.tasks().report(failure);
        });
    }

    /** Read-only mode: the banner says why; a damaged store gets the one-click restore. */
    private void showReadOnlyBanner() {
        AppContext.StoreMode mode = context.storeMode();
        boolean readOnly = mode != AppContext.StoreMode.WRITABLE;
        banner.setVisible(readOnly);
        banner.setManaged(readOnly);
        bannerText.setText(mode == AppContext.StoreMode.IN_USE ? Messages.get("readOnly.inUse")
                : Messages.get("readOnly.damaged"));
        bannerRestore.setVisible(mode == AppContext.StoreMode.DAMAGED);
        bannerRestore.setManaged(mode == AppContext.StoreMode.DAMAGED);
        if (!readOnly) {
            // the store's own checks at open (identifiers in clear in a store with users): said, not hidden
            context.tasks().run(() -> context.services().openWarnings(), warnings -> {
                if (!warnings.isEmpty()) {
                    bannerText.setText(String.join("\n", warnings));
                    banner.setVisible(true);
                    banner.setManaged(true);
                }
            });
        }
    }

    @FXML
    private void restoreNewest() {
        RestoreAction.newestGood(context, nav.getScene().getWindow());
    }

    @FXML
    private void about() {
        AboutDialog.show(context, nav.getScene().getWindow());
    }

    /**
     * What the sample badge stands for, and (for a user who may load data, in a writable store) the way to take the
     * sample out: once removed, the first-run questions ask for the agency and unit the sample had set.
     */
    @FXML
    private void sampleInfo() {
        javafx.stage.Window owner = nav.getScene().getWindow();
        if (!model.mayRemoveSample()) {
            vn.atr.ui.common.Dialogs.info(owner, Messages.get("sample.about"), "sample-about");
            return;
        }
        vn.atr.ui.common.Dialogs.confirm(owner, Messages.get("sample.about") + "\n\n" + Messages.get("sample.removeAsk"),
                "sample.removeAction", () -> model.removeSample(done -> {
                    // the sample's year has nothing left: the year in hand
                    context.periodProperty().set(ReportPeriod.ofYear(ReportPeriod.reportYearOf(java.time.LocalDate.now())));
                    reload();
                    javafx.scene.control.Alert news = vn.atr.ui.common.Dialogs.info(owner, done, "sample-removed");
                    news.setOnHidden(e -> MainWindow.askFirstRun(context, (javafx.stage.Stage) owner,
                            "firstRun.headerAfterSample"));
                }));
    }

    /** The status bar's line of the last automatic backup ({@link BackupStatusLine#made}). */
    public void backupDone(java.time.LocalDateTime time, int deletedForRoom) {
        showBackupLine(line -> line.made(time, deletedForRoom));
    }

    /** Shows the backup line and keeps it for a window rebuilt in this one's place (its text in the new language). */
    private void showBackupLine(java.util.function.Consumer<BackupStatusLine> line) {
        context.rememberBackupLine(line);
        line.accept(new BackupStatusLine(backupLabel));
    }

    /** The status bar says the automatic backup could not be made ({@link BackupStatusLine#failed}). */
    public void backupFailed(String reason) {
        showBackupLine(line -> line.failed(reason));
    }

    /** Refreshes what depends on the settings (after the first-run questions). */
    public void settingsChanged() {
        model.refreshUnit();
    }
}
