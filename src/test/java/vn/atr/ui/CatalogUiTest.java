package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorFigure;
import vn.atr.store.StoreTestSupport;
import vn.atr.ui.common.Choice;

/**
 * The catalogue screen: an indicator added there is offered by the activity form and counted in the
 * summary; renaming, moving and retiring go through the same service with the audit log; a refused
 * entry says why and stores nothing.
 */
class CatalogUiTest extends UiTestBase {
    CatalogUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Indicator entry(String code) {
        return app.context.services().catalog().find(code).orElseThrow();
    }

    private static void select(FxRobot robot, TableView<Indicator> table, String code) {
        robot.interact(() -> table.getItems().stream().filter(i -> i.code().equals(code)).findFirst()
                .ifPresent(i -> table.getSelectionModel().select(i)));
    }

    @Test
    void anIndicatorAddedOnTheScreenTakesFormRecordsAndIsRenamedMovedAndRetired(FxRobot robot) throws Exception {
        robot.clickOn("#nav-catalog");
        TableView<Indicator> table = robot.lookup("#catalog-table").queryTableView();
        int before = table.getItems().size();
        robot.clickOn("#catalog-name").write("Sổ tay gia đình");
        robot.clickOn("#catalog-unit").write("cuốn");
        robot.clickOn("#catalog-add");
        assertThat(label(robot, "#catalog-message")).isEqualTo("Đã thêm \"Sổ tay gia đình\" (mã SO_TAY_GIA_DINH)");
        assertThat(table.getItems()).hasSize(before + 1);
        assertThat(entry("SO_TAY_GIA_DINH").unitVi()).isEqualTo("cuốn");

        // The activity form offers it; a record for it is counted under the indicator.
        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        ComboBox<Choice> type = robot.lookup("#form-type").queryComboBox();
        robot.interact(() -> type.getItems().stream().filter(c -> c.code().equals("SO_TAY_GIA_DINH")).findFirst()
                .ifPresent(c -> type.getSelectionModel().select(c)));
        robot.clickOn("#form-startDate .text-field").write("10/03/2023");
        robot.clickOn("#form-title").write("Phát sổ tay tại xã");
        robot.clickOn("#form-quantity").write("500");
        robot.type(KeyCode.ENTER);
        IndicatorFigure figure = app.context.services().summary().indicators(ReportPeriod.ofYear(2023), Optional.empty())
                .stream().filter(f -> f.code().equals("SO_TAY_GIA_DINH")).findFirst().orElseThrow();
        assertThat(figure.activities()).isEqualTo(1);
        assertThat(figure.quantity()).isEqualTo(500);

        robot.clickOn("#nav-catalog");
        table = robot.lookup("#catalog-table").queryTableView();
        select(robot, table, "SO_TAY_GIA_DINH");
        robot.doubleClickOn("#catalog-name").eraseText(30).write("Sổ tay phòng, chống mua bán người");
        robot.clickOn("#catalog-rename");
        assertThat(entry("SO_TAY_GIA_DINH").nameVi()).isEqualTo("Sổ tay phòng, chống mua bán người");

        int order = entry("SO_TAY_GIA_DINH").order();
        String above = table.getItems().get(table.getItems().indexOf(entry("SO_TAY_GIA_DINH")) - 1).code();
        robot.clickOn("#catalog-up");
        assertThat(entry("SO_TAY_GIA_DINH").order()).isLessThan(order);
        int at = table.getItems().indexOf(entry("SO_TAY_GIA_DINH"));
        assertThat(table.getItems().get(at + 1).code()).isEqualTo(above); // the two changed places

        robot.clickOn("#catalog-date").write("01/01/2024");
        robot.clickOn("#catalog-retire");
        assertThat(entry("SO_TAY_GIA_DINH").retiredOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(label(robot, "#catalog-message")).contains("01/01/2024");
        assertThat(StoreTestSupport.text(app.store, "SELECT group_concat(action, ' ') FROM (SELECT action FROM"
                + " audit_log WHERE action LIKE 'catalog.%' ORDER BY seq)"))
                .isEqualTo("catalog.add catalog.rename catalog.reorder catalog.retire");
        assertThat(app.errors).isEmpty();
    }

    @Test
    void aRefusedEntrySaysWhyAndStoresNothing(FxRobot robot) throws Exception {
        robot.clickOn("#nav-catalog");
        String before = StoreTestSupport.digest(app.store);
        robot.clickOn("#catalog-name").write("Tờ rơi, tài liệu");
        robot.clickOn("#catalog-unit").write("tờ");
        robot.clickOn("#catalog-add");
        assertThat(label(robot, "#catalog-message")).contains("Tờ rơi, tài liệu").contains("LEAFLET");
        robot.doubleClickOn("#catalog-name").eraseText(20).write("Áp phích");
        robot.doubleClickOn("#catalog-unit").eraseText(5);
        robot.clickOn("#catalog-add");
        assertThat(label(robot, "#catalog-message")).contains("Đơn vị tính: bắt buộc phải nhập");
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);
    }

    @Test
    void theAgeBandsAreListedWithABandAddedOnTheCommandLine(FxRobot robot) {
        app.context.services().ageBands().retire("OVER_50", LocalDate.of(2024, 1, 1));
        app.context.services().ageBands().add("Từ 51 tuổi trở lên", null, 51, null, "FROM_51");
        robot.clickOn("#nav-catalog");
        TableView<AgeBandEntry> bands = robot.lookup("#catalog-age-bands").queryTableView();
        assertThat(bands.getItems()).extracting(AgeBandEntry::code).startsWith("UNDER_6", "FROM_6_TO_11")
                .contains("UNDER_16", "FROM_51");
        AgeBandEntry added = bands.getItems().stream().filter(b -> b.code().equals("FROM_51")).findFirst().orElseThrow();
        assertThat(bands.getColumns().get(2).getCellData(added)).isEqualTo("51+");
        assertThat(bands.getColumns().get(3).getCellData(bands.getItems().stream()
                .filter(b -> b.code().equals("OVER_50")).findFirst().orElseThrow())).isEqualTo("01/01/2024");
        assertThat(bands.getItems().indexOf(added)).isGreaterThan(bands.getItems().stream().map(AgeBandEntry::code)
                .toList().indexOf("FROM_31_TO_50"));
    }
}
