package vn.atr.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers, and the first size it takes, without a toolkit. */
class WindowStateTest {
    private final Preferences node = Preferences.userRoot().node("vn/atr/test/windowState" + System.nanoTime());

    @TempDir
    Path dir;

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void anOfficePcScreenIsSmallAndAFullHdOneIsNot() {
        assertThat(WindowState.isSmall(new Rectangle2D(0, 0, 1366, 728))).isTrue();
        assertThat(WindowState.isSmall(new Rectangle2D(0, 0, 1280, 1024))).isTrue();
        assertThat(WindowState.isSmall(new Rectangle2D(0, 0, 1920, 1040))).isFalse();
    }

    @Test
    void theLastFolderIsRememberedWhileItExists() throws Exception {
        WindowState state = new WindowState(node);
        assertThat(state.lastFolder()).isEmpty();
        Path folder = Files.createDirectory(dir.resolve("xuat"));
        state.setLastFolder(folder);
        assertThat(new WindowState(node).lastFolder()).contains(folder.toAbsolutePath());
        Files.delete(folder);
        assertThat(new WindowState(node).lastFolder()).isEmpty();
    }
}
