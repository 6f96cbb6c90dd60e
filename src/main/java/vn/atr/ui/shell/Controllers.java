package vn.atr.ui.shell;

import java.util.Map;
import java.util.function.Function;
import vn.atr.ui.catalog.CatalogController;
import vn.atr.ui.activity.ActivitiesController;
import vn.atr.ui.audit.AuditController;
import vn.atr.ui.users.UsersController;
import vn.atr.ui.activity.ActivityFormController;
import vn.atr.ui.backup.BackupController;
import vn.atr.ui.cases.CasesController;
import vn.atr.ui.dashboard.DashboardController;
import vn.atr.ui.packageexport.ExportController;
import vn.atr.ui.packageimport.ImportController;
import vn.atr.ui.xlsximport.XlsxController;
import vn.atr.ui.firstrun.FirstRunController;
import vn.atr.ui.shell.MainController;
import vn.atr.ui.metric.MetricsController;
import vn.atr.ui.reference.ReferenceController;
import vn.atr.ui.report.ReportController;
import vn.atr.ui.settings.SettingsController;

/** Every controller an FXML view may name, with its constructor (the FXMLLoader controller factory). */
final class Controllers {
    private Controllers() {
    }

    static Map<Class<?>, Function<AppContext, Object>> constructors() {
        return Map.ofEntries(
                Map.entry(MainController.class, MainController::new),
                Map.entry(DashboardController.class, DashboardController::new),
                Map.entry(ActivitiesController.class, ActivitiesController::new),
                Map.entry(ActivityFormController.class, ActivityFormController::new),
                Map.entry(FirstRunController.class, FirstRunController::new),
                Map.entry(SettingsController.class, SettingsController::new),
                Map.entry(ReportController.class, ReportController::new),
                Map.entry(CasesController.class, CasesController::new),
                Map.entry(MetricsController.class, MetricsController::new),
                Map.entry(ReferenceController.class, ReferenceController::new),
                Map.entry(BackupController.class, BackupController::new),
                Map.entry(UsersController.class, UsersController::new),
                Map.entry(AuditController.class, AuditController::new),
                Map.entry(ImportController.class, ImportController::new),
                Map.entry(ExportController.class, ExportController::new),
                Map.entry(XlsxController.class, XlsxController::new),
                Map.entry(CatalogController.class, CatalogController::new));
    }
}
