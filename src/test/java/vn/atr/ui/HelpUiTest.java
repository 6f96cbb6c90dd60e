package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** F1 opens the user guide at the screen in hand, from the application's own copy (no internet). */
class HelpUiTest extends UiTestBase {
    HelpUiTest() {
        super(StartOn.CONFIGURED_STORE);
    }

    @Test
    void f1OpensTheGuideAtTheScreenInHand(FxRobot robot) throws Exception {
        List<String> opened = new ArrayList<>();
        robot.interact(() -> app.context.setDocumentOpener(opened::add));
        robot.clickOn("#nav-activities");
        robot.type(KeyCode.F1);
        robot.clickOn("#nav-dashboard");
        robot.type(KeyCode.F1);

        assertThat(opened).hasSize(2);
        assertThat(opened.get(0)).startsWith("file:").endsWith("can-bo-xa-phuong.html#hoat-dong");
        assertThat(opened.get(1)).endsWith("lanh-dao.html");
        Path page = Path.of(URI.create(opened.get(0).replaceFirst("#.*", "")));
        assertThat(Files.readString(page)).contains("id=\"hoat-dong\"", "Hoạt động");
        assertThat(app.errors).isEmpty();
    }
}
