package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.atr.store.StoreTestSupport;

/** Closing the main window while a form holds edits: stay, save, or discard; never lose them silently. */
@ExtendWith(ApplicationExtension.class)
class CloseGuardUiTest {
    @TempDir
    Path dir;
    private UiFixture app;
    private Stage main;

    @Start
    void start(Stage primary) {
        // A window of its own: the shared primary stage may carry close handlers other tests installed.
        main = new Stage();
        app = UiFixture.show(main, dir.resolve("atr.db"), true, false);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void closingWithAnUnsavedFormAsksAndSavesOrStays(FxRobot robot) throws Exception {
        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        ComboBox<?> type = robot.lookup("#form-type").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select(1));
        robot.clickOn("#form-startDate .text-field").write("12/04/2023");
        robot.clickOn("#form-participants").write("15");

        requestClose(robot);
        robot.clickOn("#close-cancel"); // stay: both windows open, nothing stored
        assertThat(main.isShowing()).isTrue();
        assertThat(robot.lookup("#form-save").tryQuery()).isPresent();
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM activity")).isZero();

        requestClose(robot);
        robot.clickOn("#close-save");
        assertThat(StoreTestSupport.count(app.store, "SELECT participants FROM activity")).isEqualTo(15);
        assertThat(main.isShowing()).isFalse();
        assertThat(app.errors).isEmpty();
    }

    @Test
    void discardClosesWithoutSavingAndACleanFormDoesNotAsk(FxRobot robot) throws Exception {
        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        robot.clickOn("#form-title").write("Chưa xong");
        requestClose(robot);
        robot.clickOn("#close-discard");
        assertThat(main.isShowing()).isFalse();
        assertThat(StoreTestSupport.count(app.store, "SELECT count(*) FROM activity")).isZero();
    }

    @Test
    void anUntouchedFormDoesNotHoldTheWindow(FxRobot robot) {
        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        robot.type(KeyCode.ESCAPE); // nothing typed: Esc closes at once
        assertThat(robot.lookup("#form-save").tryQuery()).isEmpty();
        robot.clickOn("#activity-add");
        requestClose(robot);
        assertThat(robot.lookup("#close-cancel").tryQuery()).isEmpty();
    }

    @Test
    void aCloseHandlerThatObjectsStillKeepsTheWindowAfterTheFormsAreDealtWith(FxRobot robot) {
        int[] asked = new int[1];
        robot.interact(() -> main.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> { // like the auto backup
            asked[0]++;
            e.consume();
        }));
        robot.clickOn("#nav-activities");
        robot.clickOn("#activity-add");
        robot.clickOn("#form-title").write("Chưa xong");
        requestClose(robot);
        assertThat(asked[0]).isZero(); // the guard asks first
        robot.clickOn("#close-discard");
        assertThat(asked[0]).isEqualTo(1); // the request is sent again: the handler has its say
        assertThat(main.isShowing()).isTrue(); // and it consumed it: the window stays
        assertThat(robot.lookup("#form-save").tryQuery()).isEmpty();
    }

    /** What the window system sends when the user clicks the close box or presses Alt+F4. */
    private void requestClose(FxRobot robot) {
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }
}
