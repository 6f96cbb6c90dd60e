package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.Services;
import vn.atr.service.catalog.NewIndicator;
import vn.atr.store.StoreTestSupport;

/**
 * A ward's package with an indicator the city lacks: the import screen refuses it naming the indicator,
 * offers to add it, and after the user's approval the package verifies and imports.
 */
class CatalogImportUiTest extends UiTestBase {
    CatalogImportUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void aPackageWithAnIndicatorTheCityLacksIsShownAndAddedOnApproval(FxRobot robot) throws Exception {
        Path pkg = dir.resolve("ward.atrpkg");
        try (Services ward = Services.open(dir.resolve("ward.db"))) {
            ward.catalog().add(NewIndicator.of(IndicatorKind.ACTIVITY, "Cam kết gia đình", "bản"));
            ward.activities().save(new Activity(Meta.fresh("xa"), "04", "CAM_KET_GIA_DINH", LocalDate.of(2023, 5, 4),
                    null, "Ký cam kết không để người thân bị mua bán", null, List.of(), Set.of(), null, 0, 120, null), "xa");
            ward.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }

        vn.atr.service.exchange.TrustFixtures.trustSenderOf(app.context.services(), pkg);
        robot.clickOn("#nav-import");
        robot.interact(() -> robot.lookup("#import-file").queryTextInputControl().setText(pkg.toString()));
        robot.clickOn("#import-verify");
        assertThat(text(robot, "#import-result")).contains("Cam kết gia đình (mã CAM_KET_GIA_DINH, đơn vị bản)");
        Button add = robot.lookup("#import-catalog-add").queryButton();
        assertThat(add.isVisible()).isTrue();
        assertThat(StoreTestSupport.text(app.store, "SELECT count(*) FROM activity_type WHERE code = 'CAM_KET_GIA_DINH'"))
                .isEqualTo("0");

        robot.interact(add::fire); // as ImportUiTest does for the buttons of this scrolling screen
        assertThat(app.context.services().catalog().find("CAM_KET_GIA_DINH")).hasValueSatisfying(
                i -> assertThat(i.unitVi()).isEqualTo("bản"));
        assertThat(add.isVisible()).as("the plan is shown now").isFalse();
        robot.clickOn("#import-apply");
        assertThat(app.context.services().summary().indicators(ReportPeriod.ofYear(2023), Optional.empty()).stream()
                .filter(f -> f.code().equals("CAM_KET_GIA_DINH")).findFirst().orElseThrow().quantity()).isEqualTo(120);
    }
}
