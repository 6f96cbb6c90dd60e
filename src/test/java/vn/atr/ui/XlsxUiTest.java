package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.service.Services;
import vn.atr.service.xlsximport.XlsxProblem;

/**
 * The Excel screen on a real store: a generated workbook with one impossible date is checked (the
 * problem listed by sheet, row and column, nothing written, "Nhập" disabled), then its valid rows are
 * imported after the confirmation.
 */
@ExtendWith(ApplicationExtension.class)
class XlsxUiTest {
    @TempDir
    Path dir;
    private UiFixture app;

    @Start
    void start(Stage stage) {
        app = UiFixture.show(stage, dir.resolve("xa.db"), false, true);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private static List<Object> activity(Object startDate, int participants) {
        // Template column order: unit, type, start, end, title, lead, partners, topics, target, participants...
        return Arrays.asList("304 - Quận Ngô Quyền", "Buổi tuyên truyền", startDate, null,
                "Tuyên truyền ở tổ dân phố", null, null, null, null, participants);
    }

    /** A workbook of three activities, the second (row 3) with an impossible start date, written to {@code book}. */
    static Path oneBadDate(Services services, Path book) {
        Iterator<List<Object>> rows = List.of(activity(LocalDate.of(2023, 5, 2), 40), activity("31/11/2023", 50),
                activity("14/12/2023", 60)).iterator();
        services.xlsx().writeWorkbook(book, Map.of("activities", rows));
        return book;
    }

    @Test
    void checksListsTheBadCellAndImportsOnlyTheValidRowsWhenAsked(FxRobot robot) {
        Path book = oneBadDate(app.context.services(), dir.resolve("xa-2023.xlsx"));
        long before = app.context.services().repositories().activities().countActive();

        robot.clickOn("#nav-xlsx");
        robot.interact(() -> robot.lookup("#xlsx-file").queryTextInputControl().setText(book.toString()));
        robot.clickOn("#xlsx-check");
        TableView<XlsxProblem> problems = robot.lookup("#xlsx-problems").queryTableView();
        assertThat(problems.getItems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Hoạt động");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Ngày bắt đầu");
            assertThat(p.reason()).contains("31/11/2023 không tồn tại");
        });
        assertThat(text(robot, "#xlsx-result")).contains("1 ô không hợp lệ", "2 dòng hợp lệ");
        assertThat(text(robot, "#xlsx-summary")).contains("Hoạt động: 2", "mới 2, cập nhật 0, không đổi 0");
        assertThat(robot.lookup("#xlsx-import").queryButton().isDisabled()).isTrue();
        assertThat(app.context.services().repositories().activities().countActive()).isEqualTo(before);

        Button validOnly = robot.lookup("#xlsx-import-valid").queryButton();
        assertThat(validOnly.isVisible()).isTrue();
        robot.interact(validOnly::fire); // below the fold of the screen's scroll pane
        robot.clickOn("#confirm-yes");
        assertThat(text(robot, "#xlsx-result")).contains("Đã nhập 2 bản ghi");
        assertThat(app.context.services().repositories().activities().countActive()).isEqualTo(before + 2);
        assertThat(robot.lookup("#xlsx-import-valid").queryButton().isVisible()).isFalse();
        assertThat(app.errors).isEmpty();
    }

    /**
     * A file that is not a workbook: the reason in full beside the button, the button's own caption never cut to
     * make room for it, and the empty table saying that nothing was checked.
     */
    @Test
    void aDamagedFileIsExplainedBesideAnUncutButton(FxRobot robot) throws Exception {
        Path damaged = java.nio.file.Files.write(dir.resolve("hong.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#nav-xlsx").query().getScene().getWindow();
            stage.setWidth(1024); // the narrowest window the screens are laid out for
        });
        robot.clickOn("#nav-xlsx");
        robot.interact(() -> robot.lookup("#xlsx-file").queryTextInputControl().setText(damaged.toString()));
        robot.clickOn("#xlsx-check");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#xlsx-result")).startsWith("Không đọc được tệp Excel hong.xlsx: tệp không mở được");
        Button check = robot.lookup("#xlsx-check").queryButton();
        javafx.scene.text.Text caption = (javafx.scene.text.Text) check.lookup(".text");
        assertThat(caption.getText()).isEqualTo("Kiểm tra");
        assertThat(check.getWidth()).isGreaterThanOrEqualTo(check.prefWidth(-1));
        TableView<?> problems = robot.lookup("#xlsx-problems").queryTableView();
        assertThat(((Label) problems.getPlaceholder()).getText()).isEqualTo("Chưa kiểm tra tệp nào.");
        assertThat(app.errors).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
