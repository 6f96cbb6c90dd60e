package vn.atr.ui.shell;

import vn.atr.domain.OpenStep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While a slow store opens, a notice says so; a store that opens in a moment shows nothing before the window. */
@ExtendWith(ApplicationExtension.class)
class OpeningNoticeUiTest {
    @Start
    void start(Stage primary) {
        // the toolkit only: the notice is a window of its own
    }

    @Test
    void aSlowOpenShowsTheNoticeUntilItEnds(FxRobot robot) throws Exception {
        AtomicReference<OpeningNotice> notice = new AtomicReference<>();
        robot.interact(() -> notice.set(OpeningNotice.after(Duration.millis(300), "/home/canbo/atr.db")));
        assertThat(notice.get().isShowing()).isFalse(); // not at once: a quick open would only flicker
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice.get().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-title").queryLabeled().getText()).isEqualTo("Đang mở tệp dữ liệu…");
        assertThat(robot.lookup("#opening-store").queryLabeled().getText()).isEqualTo("/home/canbo/atr.db");
        robot.interact(() -> notice.get().close());
        assertThat(notice.get().isShowing()).isFalse();
        assertThat(robot.lookup("#opening-title").tryQuery()).isEmpty();
    }

    @Test
    void anUpgradeSaysWhichStepItIsAtAndNotToStopIt(FxRobot robot) throws Exception {
        AtomicReference<OpeningNotice> notice = new AtomicReference<>();
        robot.interact(() -> {
            notice.set(OpeningNotice.after(Duration.millis(50), "/home/canbo/atr.db"));
            // told before it shows: a copy kept, then the upgrade's second step of four
            notice.get().step(new OpenStep(OpenStep.Kind.COPYING, 0, 0, "/home/canbo/backups"));
            notice.get().step(new OpenStep(OpenStep.Kind.UPGRADING, 2, 4, "report totals"));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice.get().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-step").queryLabeled().getText())
                .startsWith("Đang nâng cấp cấu trúc dữ liệu cho phiên bản mới: bước 2/4.")
                .contains("Xin đừng tắt máy");
        assertThat(robot.lookup(".progress-bar").queryAs(javafx.scene.control.ProgressBar.class).getProgress())
                .isEqualTo(0.25);
        if (System.getProperty("atr.screenshots") != null) { // to look at it: -Datr.screenshots=DIR
            vn.atr.ui.Screenshots.snap(robot.lookup("#opening-step").query().getScene(),
                    java.nio.file.Path.of(System.getProperty("atr.screenshots"), "opening-upgrade.png"));
        }
        robot.interact(() -> notice.get().close());
    }

    @Test
    void anOpenThatEndsInAMomentShowsNothing(FxRobot robot) throws Exception {
        AtomicReference<OpeningNotice> notice = new AtomicReference<>();
        robot.interact(() -> {
            notice.set(OpeningNotice.after(Duration.millis(300), "/home/canbo/atr.db"));
            notice.get().close();
        });
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.get().isShowing()).isFalse();
        assertThat(robot.lookup("#opening-title").tryQuery()).isEmpty();
    }
}
