package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.service.Services;
import vn.atr.service.backup.BackupService;
import vn.atr.store.PostgresTestServer;
import vn.atr.ui.backup.AdministratorLogin;
import vn.atr.ui.backup.AutoBackup;
import vn.atr.ui.firstrun.FirstRunDialog;
import vn.atr.ui.login.IdleLock;
import vn.atr.ui.login.LoginDialog;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.StartupDialogs;
import vn.atr.ui.shell.StoreStartup;
import vn.atr.ui.shell.TaskRunner;

/**
 * No caption cut to "…" in the windows that open over the main window ({@link CaptionCheck}), in Vietnamese and
 * English, the main window at its smallest (1000x600): the record forms (activity, case, victim, support, metric,
 * direction document, unit, organisation, agency) new or filled, and with the errors saving an empty one shows;
 * the confirmations (delete, retire, discard, submit, restore, Excel import, close with unsaved edits); the user,
 * login, administrator-login, first-run, About and error dialogs, the restore's news, the window shown while closing
 * backs up, and the start-up questions and refusal; then, with users in the store, the password reset and the idle
 * lock's login. Each is closed with its cancel button before the next opens. With {@code -Datr.screenshots=DIR}
 * each is also saved.
 */
class DialogCaptionUiTest extends UiTestBase {
    private static final List<Locale> LOCALES = List.of(Messages.VIETNAMESE, Locale.ENGLISH);
    private static final String PASSWORD = "quan-tri-2026!";
    private final List<String> cut = new ArrayList<>();
    private Path shots;
    private String language;

    DialogCaptionUiTest() {
        super(StartOn.SAMPLE); // no user yet: the single-user session may use every screen
    }

    @Test
    void everyDialogShowsItsCaptionsWhole(FxRobot robot) throws Exception {
        shots = Screenshots.folder().orElse(null);
        // A backup to restore: the restore's confirmation and news, and at start in place of an unreadable file.
        Path backup = app.context.services().backup().autoBackup().file();
        Path book = XlsxUiTest.oneBadDate(app.context.services(), dir.resolve("xa-2023.xlsx"));
        Path unreadable = unreadable("hong");
        Path restorable = unreadable("khoi-phuc");
        Files.copy(backup, Files.createDirectories(BackupService.backupFolder(restorable)).resolve(backup.getFileName()));
        String silentServer = "postgresql://127.0.0.1:" + PostgresTestServer.closedPort() + "/atr";
        for (Locale locale : LOCALES) {
            language(robot, locale);
            activities(robot);
            cases(robot);
            recordScreen(robot, "nav-metrics", "metric");
            recordScreen(robot, "nav-documents", "document");
            reference(robot);
            users(robot);
            reportUnsaved(robot);
            confirm(robot, "nav-report", null, "report-submit");
            restore(robot);
            xlsx(robot, book);
            standalone(robot);
            atStart(robot, "start, store in use", app.store.toString(), false);
            atStart(robot, "start, unreadable", unreadable.toString(), false);
            atStart(robot, "start, restore", restorable.toString(), false);
            atStart(robot, "start, remembered server", silentServer, true);
            closingBackup(robot);
        }
        // A store with users from here on, the administrator logged in: a password reset, the idle lock.
        app.context.services().auth().createFirstAdministrator("admin", PASSWORD.toCharArray());
        IdleLock[] lock = new IdleLock[1];
        robot.interact(() -> lock[0] = IdleLock.install(app.context, stage));
        try {
            for (Locale locale : LOCALES) {
                language(robot, locale);
                resetPassword(robot);
                idleLock(robot, lock[0]);
            }
        } finally {
            robot.interact(lock[0]::uninstall); // the stage is reused by the next test class
        }
        assertThat(cut).isEmpty();
    }

    private void language(FxRobot robot, Locale locale) {
        language = locale.getLanguage();
        robot.interact(() -> {
            Messages.setLocale(locale);
            app.context.navigator().reload();
            stage.setMaximized(false);
            stage.setWidth(1000);
            stage.setHeight(600);
        });
    }

    private void activities(FxRobot robot) throws Exception {
        open(robot, "nav-activities");
        fire(robot, "activity-add");
        form(robot, "activity new", true);
        // Unsaved edits: closing the form asks first, and so does closing the main window.
        fire(robot, "activity-add");
        robot.interact(() -> robot.lookup("#form-title").queryAs(TextInputControl.class).setText("x"));
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        check(robot, "close with unsaved edits");
        fire(robot, "close-cancel");
        fire(robot, "form-cancel");
        check(robot, "discard edits");
        fire(robot, "confirm-yes");
        noDialog(robot);
        select(robot, "activity-table");
        fire(robot, "activity-edit");
        form(robot, "activity edit", false);
        fire(robot, "activity-delete");
        check(robot, "activity delete");
        fire(robot, "confirm-no");
    }

    private void cases(FxRobot robot) throws Exception {
        open(robot, "nav-cases");
        for (String kind : List.of("case", "victim", "support")) { // each selection fills the next list
            fire(robot, kind + "-add");
            form(robot, kind + " new", true);
            select(robot, kind + "-table");
            fire(robot, kind + "-edit");
            form(robot, kind + " edit", false);
        }
        fire(robot, "case-delete"); // the case has victims: said at once
        check(robot, "case delete refused");
        closeDialogs(robot);
        robot.interact(() -> new ErrorHandler().show(new AtrException(vn.atr.domain.Messages.get("case.hasVictims",
                "HP-2023-01")))); // a refusal as the app shows it
        check(robot, "error");
        closeDialogs(robot);
    }

    /** The new-record form (the edit form has the same captions) and the delete confirmation. */
    private void recordScreen(FxRobot robot, String nav, String prefix) throws Exception {
        open(robot, nav);
        fire(robot, prefix + "-add");
        form(robot, prefix + " new", true);
        select(robot, prefix + "-table");
        fire(robot, prefix + "-delete");
        check(robot, prefix + " delete");
        fire(robot, "confirm-no");
    }

    private void reference(FxRobot robot) throws Exception {
        open(robot, "nav-reference");
        for (String prefix : List.of("unit", "organisation")) {
            fire(robot, prefix + "-add");
            form(robot, prefix + " new", true);
        }
        fire(robot, "agency-edit");
        form(robot, "agency", false); // filled: saving would store it
        select(robot, "unit-table");
        fire(robot, "unit-delete");
        check(robot, "unit retire");
        fire(robot, "confirm-no");
    }

    private void users(FxRobot robot) throws Exception {
        open(robot, "nav-users");
        fire(robot, "user-add");
        check(robot, "user new");
        fire(robot, "user-save"); // nothing typed: the service's refusal under the fields
        check(robot, "user new, refused");
        fire(robot, "user-cancel");
        noDialog(robot);
    }

    /** Another period chosen while the report's text is not saved: asked; stayed, the text is put back as it was. */
    private void reportUnsaved(FxRobot robot) throws Exception {
        open(robot, "nav-report");
        TextInputControl text = robot.lookup("#report-section-ASSESSMENT").queryAs(TextInputControl.class);
        String before = text.getText();
        robot.interact(() -> text.setText(before + " x"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<vn.atr.domain.ReportPeriod> period = robot.lookup("#report-period")
                .queryAs(javafx.scene.control.ComboBox.class);
        vn.atr.domain.ReportPeriod year = period.getValue();
        robot.interact(() -> period.setValue(vn.atr.domain.ReportPeriod.ofHalfYear(year.year())));
        check(robot, "report, another period with unsaved text");
        fire(robot, "report-unsaved-cancel");
        assertThat(period.getValue()).isEqualTo(year);
        robot.interact(() -> text.setText(before)); // nothing unsaved left for the dialogs that follow
        noDialog(robot);
    }

    /** The confirmation {@code button} of screen {@code nav} asks (on the first row of {@code table} if any). */
    private void confirm(FxRobot robot, String nav, String table, String button) throws Exception {
        open(robot, nav);
        if (table != null) {
            select(robot, table);
        }
        fire(robot, button);
        check(robot, button);
        fire(robot, "confirm-no");
        noDialog(robot);
    }

    /** The restore's confirmation, then, confirmed, its news (the backup taken at the start put back). */
    private void restore(FxRobot robot) throws Exception {
        open(robot, "nav-backup");
        select(robot, "backup-list");
        fire(robot, "backup-restore");
        check(robot, "backup-restore");
        fire(robot, "confirm-yes");
        check(robot, "restore done");
        closeDialogs(robot);
    }

    /** The confirmation before importing the valid rows of a checked workbook. */
    private void xlsx(FxRobot robot, Path book) throws Exception {
        open(robot, "nav-xlsx");
        robot.interact(() -> robot.lookup("#xlsx-file").queryTextInputControl().setText(book.toString()));
        fire(robot, "xlsx-check");
        fire(robot, "xlsx-import-valid");
        check(robot, "xlsx import");
        fire(robot, "confirm-no");
        noDialog(robot);
    }

    /**
     * The window shown while closing waits for the backup: the app's background runner, held busy by a task
     * that waits, keeps it up to be checked; then the main window closes, and is shown again for the next checks.
     */
    private void closingBackup(FxRobot robot) throws Exception {
        AppContext background = new AppContext(app.context.services(), TaskRunner.background(new ErrorHandler()),
                app.context.errors(), app.context.windowState());
        CountDownLatch held = new CountDownLatch(1);
        background.tasks().run(() -> {
            held.await();
            return null;
        }, done -> { });
        AutoBackup[] auto = new AutoBackup[1];
        robot.interact(() -> {
            auto[0] = AutoBackup.install(background, stage);
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        check(robot, "backup on close");
        held.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.isShowing());
        robot.interact(() -> {
            auto[0].uninstall();
            stage.show();
        });
    }

    /** The administrator's new password for a user, as opened and with the refusal of an empty one. */
    private void resetPassword(FxRobot robot) throws Exception {
        open(robot, "nav-users");
        select(robot, "user-table");
        fire(robot, "user-reset");
        check(robot, "password reset");
        fire(robot, "user-save");
        check(robot, "password reset, refused");
        fire(robot, "user-cancel");
        noDialog(robot);
    }

    /** The login the idle lock asks for (the same user only, its own heading); passed to go on. */
    private void idleLock(FxRobot robot, IdleLock lock) throws Exception {
        robot.interact(lock::lockNow);
        check(robot, "idle lock");
        robot.interact(() -> robot.lookup("#login-password").queryAs(PasswordField.class).setText(PASSWORD));
        fire(robot, "login-ok");
        noDialog(robot);
    }

    /** The dialogs not opened from a screen: About (Shift+F1), login, administrator login, first run. */
    private void standalone(FxRobot robot) throws Exception {
        robot.interact(() -> stage.getScene().getAccelerators()
                .get(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN)).run());
        check(robot, "about");
        closeDialogs(robot);

        robot.interact(() -> LoginDialog.show(app.context, stage, () -> { }, () -> { }));
        check(robot, "login");
        fire(robot, "login-ok"); // nothing typed: refused in the dialog
        check(robot, "login, refused");
        fire(robot, "login-cancel");
        noDialog(robot);

        Platform.runLater(() -> AdministratorLogin.ask(stage, "admin")); // it waits for its answer
        WaitForAsyncUtils.waitForFxEvents();
        check(robot, "administrator login");
        closeDialogs(robot);

        robot.interact(() -> FirstRunDialog.show(app.context, stage, () -> { }));
        check(robot, "first run");
        fire(robot, "first-run-later");
        noDialog(robot);
    }

    /**
     * What the app shows at start, before its window, when {@code store} does not open for writing (here each is
     * answered "exit"): this window's store is in use; an unreadable file is refused, or replaced by its good
     * backup if the user agrees; a remembered server that does not answer may give way to this computer's file.
     */
    private void atStart(FxRobot robot, String name, String store, boolean remembered) throws Exception {
        Platform.runLater(() -> StoreStartup.open(store, new StartupDialogs(remembered, Services.isServerAddress(store)))
                .ifPresent(opened -> opened.services().close())); // each dialog waits for its answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs(robot).isEmpty());
        check(robot, name);
        closeDialogs(robot);
    }

    /** A file that is not a store, in a folder of its own (its backups folder apart). */
    private Path unreadable(String folder) throws Exception {
        return Files.writeString(Files.createDirectories(dir.resolve(folder)).resolve("atr.db"), "không phải dữ liệu");
    }

    /**
     * The form now open: as opened, then (when {@code withErrors}, for an empty new record) with the errors saving
     * it shows; closed without saving.
     */
    private void form(FxRobot robot, String name, boolean withErrors) throws Exception {
        check(robot, name);
        if (withErrors) {
            fire(robot, "form-save");
            if (!dialogs(robot).isEmpty()) { // a form that saves as opened closes: nothing more to see
                check(robot, name + ", errors");
            }
        }
        if (!dialogs(robot).isEmpty()) {
            fire(robot, "form-cancel");
        }
        if (robot.lookup("#confirm-yes").tryQuery().isPresent()) {
            fire(robot, "confirm-yes"); // the failed save counted as an edit: discard it
        }
        noDialog(robot);
    }

    /** Checks every window open over the main window, and that there is one. */
    private void check(FxRobot robot, String name) throws Exception {
        List<Window> open = dialogs(robot);
        if (open.isEmpty()) {
            cut.add(language + " " + name + ": no dialog opened");
        }
        int i = 0;
        for (Window w : open) {
            CaptionCheck.check(robot, w.getScene(), language + " " + name + (open.size() > 1 ? " " + ++i : ""),
                    shots, cut);
        }
    }

    private List<Window> dialogs(FxRobot robot) {
        List<Window> open = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).forEach(open::add));
        return open;
    }

    private void noDialog(FxRobot robot) {
        assertThat(dialogs(robot)).as("windows left open").isEmpty();
    }

    /** Closes the dialogs still open with their cancel (or only) button, the last opened first. */
    private void closeDialogs(FxRobot robot) {
        List<Window> open = dialogs(robot);
        java.util.Collections.reverse(open);
        for (Window w : open) {
            robot.interact(() -> {
                List<Button> buttons = w.getScene().getRoot().lookupAll(".button").stream()
                        .filter(Button.class::isInstance).map(Button.class::cast).toList();
                buttons.stream().filter(Button::isCancelButton).findFirst()
                        .or(() -> buttons.stream().filter(Button::isDefaultButton).findFirst())
                        .ifPresentOrElse(Button::fire, () -> ((Stage) w).close());
            });
        }
        noDialog(robot);
    }

    private static void open(FxRobot robot, String nav) {
        fire(robot, nav);
    }

    private static void fire(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        robot.interact(((ButtonBase) node)::fire);
    }

    private static void select(FxRobot robot, String table) {
        TableView<?> t = robot.lookup("#" + table).queryTableView();
        robot.interact(() -> t.getSelectionModel().select(0));
    }
}
