package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;

/**
 * The report's text typed but not saved is never lost silently: not by another screen and back, not by another
 * period (asked: save, discard or stay), not by closing the window (asked, as for an open form).
 */
@ExtendWith(ApplicationExtension.class)
class ReportUnsavedTextUiTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);
    private static final ReportPeriod HALF = ReportPeriod.ofHalfYear(2023);

    @TempDir
    Path dir;
    private UiFixture app;
    private Stage main;

    @Start
    void start(Stage primary) {
        main = new Stage(); // a window of its own: closing it is part of the test
        app = UiFixture.show(main, dir.resolve("atr.db"), true, true);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private String stored(ReportPeriod p) {
        return app.context.services().report().drafts().get(p).section(Section.ASSESSMENT).orElse(null);
    }

    /** On the report screen, {@code text} typed in the assessment and not saved. */
    private static TextArea typedAssessment(FxRobot robot, String text) {
        robot.clickOn("#nav-report");
        TextArea assessment = robot.lookup("#report-section-ASSESSMENT").queryAs(TextArea.class);
        robot.interact(() -> assessment.setText(text));
        return assessment;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ReportPeriod> periodChoice(FxRobot robot) {
        return robot.lookup("#report-period").queryAs(ComboBox.class);
    }

    @Test
    void unsavedTextSurvivesOtherScreensAndIsAskedAboutOnAPeriodChangeAndOnClosing(FxRobot robot) {
        String before = stored(YEAR);
        TextArea assessment = typedAssessment(robot, "Đánh giá viết dở");

        robot.clickOn("#nav-dashboard");
        robot.clickOn("#nav-report"); // the screen reloads its figures, not over the text being written
        assertThat(assessment.getText()).isEqualTo("Đánh giá viết dở");

        ComboBox<ReportPeriod> period = periodChoice(robot);
        robot.interact(() -> period.setValue(HALF));
        robot.clickOn("#report-unsaved-cancel"); // stay: the period goes back, the text stays, nothing stored
        assertThat(app.context.period()).isEqualTo(YEAR);
        assertThat(period.getValue()).isEqualTo(YEAR);
        assertThat(assessment.getText()).isEqualTo("Đánh giá viết dở");
        assertThat(stored(YEAR)).isEqualTo(before);

        robot.interact(() -> period.setValue(HALF));
        robot.clickOn("#report-unsaved-save"); // saved into the year's draft, then the six months are shown
        assertThat(stored(YEAR)).isEqualTo("Đánh giá viết dở");
        assertThat(app.context.period()).isEqualTo(HALF);
        assertThat(assessment.getText()).isNotEqualTo("Đánh giá viết dở");

        robot.interact(() -> assessment.setText("Sáu tháng, chưa lưu"));
        robot.clickOn("#nav-activities"); // on another screen, closing still asks about the report's text
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.clickOn("#close-save");
        assertThat(stored(HALF)).isEqualTo("Sáu tháng, chưa lưu");
        assertThat(main.isShowing()).isFalse();
        assertThat(app.errors).isEmpty();
    }

    @Test
    void screensLoadedAnewKeepTheUnsavedTextAndOnlyTheShownReportAsks(FxRobot robot) {
        typedAssessment(robot, "Viết trước khi đổi ngôn ngữ");
        robot.clickOn("#nav-settings");
        robot.interact(() -> app.context.navigator().reload()); // what a language change does

        // the report screen is not loaded again yet: closing asks about its text all the same
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.clickOn("#close-cancel");
        assertThat(main.isShowing()).isTrue();

        robot.clickOn("#nav-report"); // the new report screen shows the text, still unsaved
        TextArea assessment = robot.lookup("#report-section-ASSESSMENT").queryAs(TextArea.class);
        assertThat(assessment.getText()).isEqualTo("Viết trước khi đổi ngôn ngữ");
        ComboBox<ReportPeriod> period = periodChoice(robot);
        robot.interact(() -> period.setValue(HALF));
        // one question, from the screen shown: the screens loaded before no longer follow the period
        assertThat(robot.lookup("#report-unsaved-save").queryAll()).hasSize(1);
        robot.clickOn("#report-unsaved-save");
        assertThat(stored(YEAR)).isEqualTo("Viết trước khi đổi ngôn ngữ");
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(robot.lookup("#close-cancel").tryQuery()).isEmpty(); // nothing unsaved is left anywhere
        assertThat(app.errors).isEmpty();
    }

    @Test
    void discardingShowsTheOtherPeriodAndAnUntouchedReportAsksNothing(FxRobot robot) {
        String before = stored(YEAR);
        TextArea assessment = typedAssessment(robot, "Bỏ đi");
        ComboBox<ReportPeriod> period = periodChoice(robot);
        robot.interact(() -> period.setValue(HALF));
        robot.clickOn("#report-unsaved-discard");
        assertThat(app.context.period()).isEqualTo(HALF);
        assertThat(stored(YEAR)).isEqualTo(before);

        robot.interact(() -> period.setValue(YEAR)); // nothing typed since: no question
        assertThat(robot.lookup("#report-unsaved-cancel").tryQuery()).isEmpty();
        assertThat(assessment.getText()).isEqualTo(before == null ? "" : before);
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(robot.lookup("#close-cancel").tryQuery()).isEmpty();
        assertThat(app.errors).isEmpty();
    }
}
