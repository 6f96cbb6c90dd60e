package vn.atr.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.ui.AppContext;
import vn.atr.ui.ErrorHandler;
import vn.atr.ui.Screens;
import vn.atr.ui.TaskRunner;
import vn.atr.ui.WindowState;
import vn.atr.ui.main.MainWindow;

/**
 * One measured start of the real window (run in its own JVM by {@code atr bench ui}): time from JVM
 * start to the main window shown, to the activity list of the year filled, and for a switch of the
 * reporting period (every open screen reloads). Store work runs synchronously here so that each figure
 * is the full time until the rows are on screen. Prints {@code key=value} lines.
 */
public final class UiBenchChild {
    private UiBenchChild() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        Messages.setLocale(Messages.VIETNAMESE);
        Platform.startup(() -> {
            try {
                run(store, year);
            } catch (RuntimeException e) {
                System.out.println("error=" + e);
                exit();
            }
        });
    }

    private static void run(Path store, int year) {
        Preferences prefs = Preferences.userRoot().node("atr-bench-" + ProcessHandle.current().pid());
        ErrorHandler errors = new ErrorHandler();
        AppContext context = new AppContext(Services.open(store), TaskRunner.synchronous(errors), errors,
                new WindowState(prefs));
        context.periodProperty().set(ReportPeriod.ofYear(year));
        Stage stage = new Stage();
        MainWindow.show(context, stage);
        long shown = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("ui.mainWindowShownMs=" + shown);

        long t0 = System.nanoTime();
        context.navigator().open(Screens.ACTIVITIES);
        System.out.println("ui.activityListOpenMs=" + ms(t0));

        context.navigator().open(Screens.DASHBOARD);
        long t1 = System.nanoTime();
        context.periodProperty().set(ReportPeriod.ofYear(year - 1));
        System.out.println("ui.periodSwitchMs=" + ms(t1));
        long t2 = System.nanoTime();
        context.periodProperty().set(ReportPeriod.ofYear(year));
        System.out.println("ui.periodSwitchBackMs=" + ms(t2));
        long t3 = System.nanoTime();
        vn.atr.ui.dashboard.DashboardViewModel.read(context.services().dashboard(), ReportPeriod.ofYear(year));
        System.out.println("ui.dashboardQueriesMs=" + ms(t3));
        long t4 = System.nanoTime();
        int rows = context.services().activities().list(vn.atr.domain.ActivityFilter.of(ReportPeriod.ofYear(year))).size();
        System.out.println("ui.activityQueryMs=" + ms(t4) + " (" + rows + " rows)");
        try {
            prefs.removeNode();
        } catch (java.util.prefs.BackingStoreException e) {
            // a left-over preferences node of a benchmark run is harmless
        }
        // Close once the results queued by the switches above are on screen, as a user closes an idle window.
        Platform.runLater(() -> {
            javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
            idle.setOnFinished(e -> closeWithBackup(context, stage));
            idle.play();
        });
    }

    /**
     * Closes the window as the user does, with the automatic backup: prints the backup's time and how
     * much longer closing took (goal: at most 1 s beyond the backup). The task's result arrives on a
     * later pulse, so the process exits from the window's "hidden" event.
     */
    private static void closeWithBackup(AppContext context, Stage stage) {
        vn.atr.ui.backup.AutoBackup auto = vn.atr.ui.backup.AutoBackup.install(context, stage);
        long start = System.nanoTime();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            long total = (System.nanoTime() - start) / 1_000_000;
            System.out.println("ui.closeBackupMs=" + auto.backupMillis());
            System.out.println("ui.closeBeyondBackupMs=" + (total - auto.backupMillis()));
            exit();
        });
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private static void exit() {
        System.out.flush();
        System.exit(0); // a measuring process: no need to wind the toolkit down politely
    }

    private static String ms(long start) {
        return String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e6);
    }
}
