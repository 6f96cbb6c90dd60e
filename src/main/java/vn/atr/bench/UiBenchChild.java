package vn.atr.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.Screens;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;
import vn.atr.ui.common.PagedList;
import vn.atr.ui.shell.MainWindow;

/**
 * One measured start of the real window (run in its own JVM by {@code atr bench ui}): time from JVM
 * start to the main window shown, to the activity list of the year shown (count and first page), for
 * scrolling to its middle and end and sorting it, and for a switch of the reporting period (every open
 * screen reloads). Store work runs inline here ({@link TaskRunner#inline}) so that each figure is the
 * full time until the rows are on screen. Prints {@code key=value} lines.
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
        ErrorHandler errors = new ErrorHandler() {
            @Override
            protected void display(String message) {
                System.out.println("error=" + message);
            }
        };
        AppContext context = new AppContext(Services.open(store), TaskRunner.inline(errors), errors,
                new WindowState(prefs));
        context.periodProperty().set(ReportPeriod.ofYear(year));
        Stage stage = new Stage();
        MainWindow.show(context, stage);
        long shown = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("ui.mainWindowShownMs=" + shown);

        long t0 = System.nanoTime();
        context.navigator().open(Screens.ACTIVITIES);
        stage.getScene().getRoot().layout();
        System.out.println("ui.activityListOpenMs=" + ms(t0));
        TableView<?> table = (TableView<?>) stage.getScene().lookup("#activity-table");
        System.out.println("ui.activityListRows=" + table.getItems().size());
        scroll(stage, table, "ui.scrollToMiddleMs", table.getItems().size() / 2);
        scroll(stage, table, "ui.scrollToEndMs", table.getItems().size() - 1);
        long ts = System.nanoTime();
        TableColumn<?, ?> participants = table.getColumns().get(3);
        participants.setSortType(TableColumn.SortType.DESCENDING);
        sortOrder(table, participants);
        stage.getScene().getRoot().layout();
        System.out.println("ui.sortByParticipantsMs=" + ms(ts));
        scroll(stage, table, "ui.sortedScrollToMiddleMs", table.getItems().size() / 2);
        sortOrder(table, null);

        context.navigator().open(Screens.DASHBOARD);
        stage.getScene().getRoot().layout();
        long t1 = System.nanoTime();
        context.periodProperty().set(ReportPeriod.ofYear(year - 1));
        stage.getScene().getRoot().layout();
        System.out.println("ui.periodSwitchMs=" + ms(t1));
        long t2 = System.nanoTime();
        context.periodProperty().set(ReportPeriod.ofYear(year));
        stage.getScene().getRoot().layout();
        System.out.println("ui.periodSwitchBackMs=" + ms(t2));
        long t3 = System.nanoTime();
        vn.atr.ui.dashboard.DashboardViewModel.read(context.services().dashboard(), ReportPeriod.ofYear(year));
        System.out.println("ui.dashboardQueriesMs=" + ms(t3));
        ActivityFilter all = ActivityFilter.of(ReportPeriod.ofYear(year));
        long t4 = System.nanoTime();
        long rows = context.services().activities().count(all).rows();
        context.services().activities().page(all, ActivitySort.DEFAULT, 0, PagedList.PAGE_SIZE);
        System.out.println("ui.activityCountAndFirstPageMs=" + ms(t4) + " (" + rows + " rows)");
        long t6 = System.nanoTime();
        context.services().activities().page(all, ActivitySort.DEFAULT, rows / 2, PagedList.PAGE_SIZE);
        System.out.println("ui.activityPageAtMiddleMs=" + ms(t6));
        long t7 = System.nanoTime();
        context.services().activities().page(all, new ActivitySort(ActivitySort.Column.PARTICIPANTS, true), rows / 2,
                PagedList.PAGE_SIZE);
        System.out.println("ui.activityPageAtMiddleByParticipantsMs=" + ms(t7));
        long t5 = System.nanoTime();
        int old = context.services().activities().list(all).size();
        System.out.println("ui.activityWholeListQueryMs=" + ms(t5) + " (" + old + " rows, the former way)");
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

    private static void scroll(Stage stage, TableView<?> table, String key, int row) {
        long t = System.nanoTime();
        table.scrollTo(Math.max(0, row));
        stage.getScene().getRoot().layout();
        System.out.println(key + "=" + ms(t));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortOrder(TableView table, TableColumn column) {
        if (column == null) {
            table.getSortOrder().clear();
        } else {
            table.getSortOrder().setAll(column);
        }
    }

    private static String ms(long start) {
        return String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e6);
    }
}
