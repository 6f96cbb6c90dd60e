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
import vn.atr.ui.document.DocumentsController;
import vn.atr.ui.metric.MetricsController;
import vn.atr.ui.reference.ReferenceController;
import vn.atr.ui.report.ReportController;
import vn.atr.ui.settings.SettingsController;

/**
 * The navigation pane, in order: one line per screen. A new screen is a folder (its controller, view model
 * and {@code Foo.fxml} beside {@code FooController}) and one line here; nothing else in the window changes.
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
    public static final String DOCUMENTS = "documents";

    private Screens() {
    }

    public static List<Screen<?>> all() {
        return List.of(
                Screen.of(DASHBOARD, "nav.dashboard", DashboardController.class, DashboardController::new),
                Screen.of(ACTIVITIES, "nav.activities", ActivitiesController.class, ActivitiesController::new),
                Screen.of(CASES, "nav.cases", CasesController.class, CasesController::new),
                Screen.of(METRICS, "nav.metrics", MetricsController.class, MetricsController::new),
                Screen.of(REPORT, "nav.report", ReportController.class, ReportController::new),
                Screen.of(REFERENCE, "nav.reference", ReferenceController.class, ReferenceController::new),
                Screen.of(CATALOG, "nav.catalog", CatalogController.class, CatalogController::new, Permission.CATALOG_ADMIN),
                Screen.of(EXPORT, "nav.export", ExportController.class, ExportController::new, Permission.EXPORT),
                Screen.of(IMPORT, "nav.import", ImportController.class, ImportController::new, Permission.IMPORT),
                Screen.of(XLSX, "nav.xlsx", XlsxController.class, XlsxController::new, Permission.RECORD_WRITE),
                Screen.of(BACKUP, "nav.backup", BackupController.class, BackupController::new, Permission.BACKUP),
                Screen.of(SETTINGS, "nav.settings", SettingsController.class, SettingsController::new),
                Screen.of(USERS, "nav.users", UsersController.class, UsersController::new, Permission.USER_ADMIN),
                Screen.of(AUDIT, "nav.audit", AuditController.class, AuditController::new, Permission.AUDIT_READ),
                Screen.of(DOCUMENTS, "nav.documents", DocumentsController.class, DocumentsController::new,
                        Permission.REPORT_DRAFT));
    }
}
