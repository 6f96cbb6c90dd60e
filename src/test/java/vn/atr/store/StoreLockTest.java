package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per store: a second open is refused while the first is open, and allowed after close. */
class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void secondOpenIsRefusedUntilTheFirstCloses() throws Exception {
        Path file = dir.resolve("atr.db");
        try (Database first = Database.open(file)) {
            String before = StoreTestSupport.digest(file);
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(StoreException.class).hasMessageContaining("đang được mở");
            assertThatThrownBy(() -> StoreBackup.requireClosed(file)).isInstanceOf(StoreException.class);
            assertThat(StoreTestSupport.digest(file)).isEqualTo(before);
            assertThat(first.file()).isEqualTo(file.toAbsolutePath());
        }
        for (int i = 0; i < 3; i++) { // released on close: open/close repeatedly
            try (Database again = Database.open(file)) {
                assertThat(again.file()).isEqualTo(file.toAbsolutePath());
            }
        }
    }

    @Test
    void aFailedOpenReleasesTheLock() throws Exception {
        Path file = dir.resolve("bad.db");
        java.nio.file.Files.writeString(file, "not a database at all, just text ".repeat(200));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Database.open(file)).hasMessageNotContaining("đang được mở");
    }
}
