package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.service.Services;
import vn.atr.ui.shell.AppContext.StoreMode;
import vn.atr.ui.shell.EarlyStore;
import vn.atr.ui.shell.StoreStartup;

/**
 * The store opened on its own thread while the toolkit starts (ADR 0061) gives the window exactly
 * what an open on the FX thread gives: the services, or the same failure and the same questions.
 */
class EarlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void opensTheStoreForWritingOnItsOwnThread() throws Exception {
        Path store = dir.resolve("atr.db");
        EarlyStore early = EarlyStore.start(store);
        assertThat(early.isFor(store)).isTrue();
        assertThat(early.isFor(dir.resolve("other.db"))).isFalse();
        List<String> asked = new ArrayList<>();
        Optional<StoreStartup.Opened> opened = StoreStartup.open(store, answers(asked), early::await);
        try (Services s = opened.orElseThrow().services()) {
            assertThat(opened.get().mode()).isEqualTo(StoreMode.WRITABLE);
            assertThat(s.readOnly()).isFalse();
            assertThat(s.reference().agency().homeProvinceCode()).isEqualTo("04");
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void aStoreInUseAsksTheSameQuestionAsAnOpenOnTheFxThread() throws Exception {
        Path store = dir.resolve("atr.db");
        try (Services other = Services.open(store)) {
            List<String> direct = new ArrayList<>();
            StoreStartup.open(store, answers(direct)).orElseThrow().services().close();
            List<String> asked = new ArrayList<>();
            Optional<StoreStartup.Opened> opened = StoreStartup.open(store, answers(asked), EarlyStore.start(store)::await);
            try (Services s = opened.orElseThrow().services()) {
                assertThat(opened.get().mode()).isEqualTo(StoreMode.IN_USE);
                assertThat(s.readOnly()).isTrue();
            }
            assertThat(asked).hasSize(1).isEqualTo(direct);
        }
    }

    @Test
    void aFileThatIsNoStoreIsRefusedAndLeftUntouched() throws Exception {
        Path store = dir.resolve("atr.db");
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        Files.write(store, junk);
        List<String> asked = new ArrayList<>();
        assertThat(StoreStartup.open(store, answers(asked), EarlyStore.start(store)::await)).isEmpty();
        assertThat(asked).singleElement().asString().contains(store.getFileName().toString());
        assertThat(Files.readAllBytes(store)).isEqualTo(junk);
    }

    /** Records every question and refusal; says yes to opening read-only, no to restoring. */
    private static StoreStartup.Questions answers(List<String> asked) {
        return new RecordingQuestions(asked, true, false, null);
    }
}
