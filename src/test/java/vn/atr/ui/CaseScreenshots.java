package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The README's cases screenshot (docs/screenshots/cases.png) with a case, its victims and one victim's
 * support showing: runs only with {@code -Datr.screenshots=DIR}, at 1366x768, on the sample.
 * {@code mvn -o test -Dtest=CaseScreenshots -Datr.screenshots=docs/screenshots -Dheadless.geometry=1366x768-32};
 * scripts/screenshots-testfx.sh runs it with a ward officer's data folder ({@code -Datr.screenshots.data},
 * emptied first: see {@link Screenshots#dataFolder}) and the release's jar.
 */
class CaseScreenshots extends UiTestBase {
    CaseScreenshots() {
        super(StartOn.SAMPLE);
    }

    /** The store in the data folder asked for (no temporary path in the status bar). */
    @Override
    Path store() {
        try {
            return Screenshots.dataFolder(dir).resolve("atr.db");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCaseWithItsVictimsAndTheirSupport(FxRobot robot) throws Exception {
        Path out = Screenshots.folder().orElse(null);
        Assumptions.assumeTrue(out != null, "screenshots only on request");
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        robot.clickOn("#nav-cases");
        robot.clickOn("HP-2023-01"); // two victims, both supported
        robot.clickOn("NN-2023-01");
        assertThat(robot.lookup("#victim-table").queryTableView().getItems()).hasSize(2);
        assertThat(robot.lookup("#support-table").queryTableView().getItems()).isNotEmpty();
        Screenshots.snap(stage.getScene(), out.resolve("cases.png"));
        assertThat(out.resolve("cases.png")).isNotEmptyFile();
    }
}
