package vn.atr.ui.shell;

import java.util.List;
import vn.atr.domain.access.Permission;
import vn.atr.ui.catalog.CatalogController;
import vn.atr.ui.activity.ActivitiesController;
import vn.atr.ui.backup.BackupController;
import vn.atr.ui.audit.AuditController;
import vn.atr.ui.users.UsersController;
import vn.atr.ui.cases.CasesController;
import vn.atr.ui.dashboard.DashboardController;
import vn.atr.ui.packageexport.ExportController;
import vn.atr.ui.packageimport.ImportController;
import vn.atr.ui.xlsximport.XlsxController;
import vn.atr.ui.metric.MetricsController;
import vn.atr.ui.reference.ReferenceController;
import vn.atr.ui.report.ReportController;
import vn.atr.ui.settings.SettingsController;

/**
 * The navigation pane, in order. Features add their screen here (report, import/export, backup,
 * users) and register its controller in {@link Controllers}: nothing else in the window changes.
 */
public final class Screens {
    public static final String DASHBOARD = "dashboard";
    public static final String ACTIVITIES = "activities";
    public static final String CASES = "cases";
    public static final String METRICS = "metrics";
    public static final String REPORT = "report";
    public static final String REFERENCE = "reference";
    public static final String SETTINGS = "settings";
    public static final String BACKUP = "backup";
    public static final String USERS = "users";
    public static final String AUDIT = "audit";
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String XLSX = "xlsx";
    public static final String CATALOG = "catalog";

    private Screens() {
    }

    public static List<NavEntry> all() {
        return List.of(
                new NavEntry(DASHBOARD, "nav.dashboard", DashboardController.class, "Dashboard.fxml"),
                new NavEntry(ACTIVITIES, "nav.activities", ActivitiesController.class, "Activities.fxml"),
                new NavEntry(CASES, "nav.cases", CasesController.class, "Cases.fxml"),
                new NavEntry(METRICS, "nav.metrics", MetricsController.class, "Metrics.fxml"),
                new NavEntry(REPORT, "nav.report", ReportController.class, "Report.fxml"),
                new NavEntry(REFERENCE, "nav.reference", ReferenceController.class, "Reference.fxml"),
                new NavEntry(CATALOG, "nav.catalog", CatalogController.class, "Catalog.fxml", Permission.CATALOG_ADMIN),
                new NavEntry(EXPORT, "nav.export", ExportController.class, "Export.fxml", Permission.EXPORT),
                new NavEntry(IMPORT, "nav.import", ImportController.class, "Import.fxml", Permission.IMPORT),
                new NavEntry(XLSX, "nav.xlsx", XlsxController.class, "Xlsx.fxml", Permission.RECORD_WRITE),
                new NavEntry(BACKUP, "nav.backup", BackupController.class, "Backup.fxml", Permission.BACKUP),
                new NavEntry(SETTINGS, "nav.settings", SettingsController.class, "Settings.fxml"),
                new NavEntry(USERS, "nav.users", UsersController.class, "Users.fxml", Permission.USER_ADMIN),
                new NavEntry(AUDIT, "nav.audit", AuditController.class, "Audit.fxml", Permission.AUDIT_READ));
    }
}
