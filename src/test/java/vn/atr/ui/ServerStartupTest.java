package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.service.backup.BackupService;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.StoreStartup;

/**
 * Starting the window on a PostgreSQL server that does not answer: refused with the reason, or (the server was
 * remembered in the settings and the user agrees) this computer's own file is opened instead.
 */
class ServerStartupTest {
    @TempDir
    Path dir;

    @Test
    void aSilentServerIsRefusedOrReplacedByThisComputersFileWhenTheUserAgrees() throws Exception {
        int closed = vn.atr.store.PostgresTestServer.closedPort();
        String silent = "postgresql://127.0.0.1:" + closed + "/atr";
        List<String> asked = new ArrayList<>();
        assertThat(StoreStartup.open(silent, new RecordingQuestions(asked, false, false, null))).isEmpty();
        assertThat(asked).singleElement().asString().contains("không trả lời ở cổng " + closed);

        Path local = dir.resolve("tren-may-nay.db");
        String previous = System.setProperty(AppContext.STORE_PROPERTY, local.toString());
        List<String> offered = new ArrayList<>();
        try {
            StoreStartup.Questions localInstead = new StoreStartup.Questions() {
                @Override
                public boolean openReadOnly(String message) {
                    throw new AssertionError("not a file");
                }

                @Override
                public boolean restoreUnreadable(String message, Path backup) {
                    throw new AssertionError("not a file");
                }

                @Override
                public void refuse(Throwable failure) {
                    throw new AssertionError("offered the local file instead");
                }

                @Override
                public BackupService.Credentials administrator() {
                    throw new AssertionError("no restore");
                }

                @Override
                public boolean openLocalInstead(Throwable failure) {
                    offered.add(failure.getMessage());
                    return true;
                }
            };
            Optional<StoreStartup.Opened> opened = StoreStartup.open(silent, localInstead);
            assertThat(offered).singleElement().asString().contains("không trả lời ở cổng " + closed);
            try (var services = opened.orElseThrow().services()) {
                assertThat(services.onServer()).isFalse();
                assertThat(services.storeFileIfAny()).contains(local);
            }
        } finally {
            if (previous == null) {
                System.clearProperty(AppContext.STORE_PROPERTY);
            } else {
                System.setProperty(AppContext.STORE_PROPERTY, previous);
            }
        }
    }
}
