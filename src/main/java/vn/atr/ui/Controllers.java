package vn.atr.ui;

import java.util.Map;
import java.util.function.Function;
import vn.atr.ui.activity.ActivitiesController;
import vn.atr.ui.activity.ActivityFormController;
import vn.atr.ui.dashboard.DashboardController;
import vn.atr.ui.firstrun.FirstRunController;
import vn.atr.ui.main.MainController;
import vn.atr.ui.main.PlaceholderController;
import vn.atr.ui.settings.SettingsController;

/** Every controller an FXML view may name, with its constructor (the FXMLLoader controller factory). */
final class Controllers {
    private Controllers() {
    }

    static Map<Class<?>, Function<AppContext, Object>> constructors() {
        return Map.of(
                MainController.class, MainController::new,
                PlaceholderController.class, PlaceholderController::new,
                DashboardController.class, DashboardController::new,
                ActivitiesController.class, ActivitiesController::new,
                ActivityFormController.class, ActivityFormController::new,
                FirstRunController.class, FirstRunController::new,
                SettingsController.class, SettingsController::new);
    }
}
