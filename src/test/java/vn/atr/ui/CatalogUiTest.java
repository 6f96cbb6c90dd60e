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
 * entry says why and stores nothing. The victims' age bands are added, renamed and retired there too.
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
    void anAgeBandIsAddedRenamedAndRetiredOnTheScreenWithTheAudit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-catalog");
        TableView<AgeBandEntry> bands = robot.lookup("#catalog-age-bands").queryTableView();
        String before = StoreTestSupport.digest(app.store);
        // Refused: 40 and over overlaps 31-50; the message names the field and the reason, nothing is stored.
        write(robot, "#catalog-band-name", "Từ 40 tuổi trở lên");
        write(robot, "#catalog-band-from", "40");
        fire(robot, "#catalog-band-add");
        assertThat(label(robot, "#catalog-message")).startsWith("Từ tuổi:").contains("trùng với nhóm");
        assertThat(StoreTestSupport.digest(app.store)).isEqualTo(before);

        // The open band is retired, then 51-60 and 61 and over are added after it.
        robot.interact(() -> bands.getSelectionModel().select(bands.getItems().stream()
                .filter(b -> b.code().equals("OVER_50")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#catalog-band-from").queryTextInputControl().getText()).isEqualTo("51");
        write(robot, "#catalog-band-date", "01/01/2025");
        fire(robot, "#catalog-band-retire");
        assertThat(label(robot, "#catalog-message")).isEqualTo("Đã ngừng áp dụng \"Trên 50 tuổi\" từ ngày 01/01/2025");
        write(robot, "#catalog-band-name", "Từ 51 đến 60 tuổi");
        write(robot, "#catalog-band-to", "60");
        fire(robot, "#catalog-band-add");
        write(robot, "#catalog-band-name", "Trên 60 tuổi");
        write(robot, "#catalog-band-from", "61");
        write(robot, "#catalog-band-to", "");
        fire(robot, "#catalog-band-add");
        assertThat(label(robot, "#catalog-message")).isEqualTo("Đã thêm nhóm tuổi \"Trên 60 tuổi\" (61+ tuổi, mã AGE_61_PLUS)");
        AgeBandEntry added = bands.getItems().stream().filter(b -> b.code().equals("AGE_61_PLUS")).findFirst()
                .orElseThrow();
        assertThat(bands.getColumns().get(2).getCellData(added)).isEqualTo("61+");
        assertThat(bands.getItems().indexOf(added)).isGreaterThan(bands.getItems().stream().map(AgeBandEntry::code)
                .toList().indexOf("AGE_51_60"));

        robot.interact(() -> bands.getSelectionModel().select(added));
        write(robot, "#catalog-band-name", "Từ 61 tuổi trở lên");
        fire(robot, "#catalog-band-rename");
        assertThat(app.context.services().ageBands().find("AGE_61_PLUS").orElseThrow().labelVi())
                .isEqualTo("Từ 61 tuổi trở lên");
        assertThat(bands.getColumns().get(1).getCellData(bands.getSelectionModel().getSelectedItem()))
                .isEqualTo("Từ 61 tuổi trở lên");
        assertThat(StoreTestSupport.text(app.store, "SELECT group_concat(action || ' ' || record_id, ', ') FROM"
                + " (SELECT action, record_id FROM audit_log WHERE record_kind = 'age_band' ORDER BY seq)"))
                .isEqualTo("catalog.retire OVER_50, catalog.add AGE_51_60, catalog.add AGE_61_PLUS,"
                        + " catalog.rename AGE_61_PLUS");
        assertThat(app.errors).isEmpty();
    }

    /** Types into a field of the scrolling screen (set directly: clickOn misses fields scrolled out of view). */
    private static void write(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(text));
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }
}
