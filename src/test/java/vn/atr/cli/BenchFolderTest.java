package vn.atr.cli;

import vn.atr.bench.BenchFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atr bench ...} removes the temporary folder it made, and only that one. */
class BenchFolderTest {
    @TempDir
    Path tempParent;

    @Test
    void theTemporaryFolderIsRemovedWithEverythingInIt() throws Exception {
        AtomicReference<Path> used = new AtomicReference<>();
        int exit = BenchFolder.run(null, tempParent, folder -> {
            used.set(folder);
            Files.writeString(folder.resolve("bench.db"), "data");
            Files.createDirectories(folder.resolve("sub/deeper"));
            Files.writeString(folder.resolve("sub/deeper/part.atrpkg"), "data");
        });
        assertThat(exit).isZero();
        assertThat(used.get().getParent()).isEqualTo(tempParent);
        assertThat(used.get().getFileName().toString()).startsWith("atr-bench");
        assertThat(used.get()).doesNotExist();
        assertThat(entries(tempParent)).isZero();
    }

    @Test
    void theTemporaryFolderIsRemovedWhenTheBenchmarkFails() throws Exception {
        assertThatThrownBy(() -> BenchFolder.run(null, tempParent, folder -> {
            Files.writeString(folder.resolve("half-written.db"), "data");
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThat(entries(tempParent)).isZero();
    }

    @Test
    void aFolderGivenWithDirIsUsedAsItIsAndKept() throws Exception {
        Path given = Files.createDirectories(tempParent.resolve("mine"));
        Files.writeString(given.resolve("notes.txt"), "the user's own file");
        AtomicReference<Path> used = new AtomicReference<>();
        BenchFolder.run(given, tempParent, folder -> {
            used.set(folder);
            Files.writeString(folder.resolve("bench.db"), "data");
        });
        assertThat(used.get()).isEqualTo(given);
        assertThat(given.resolve("notes.txt")).hasContent("the user's own file");
        assertThat(given.resolve("bench.db")).exists();
    }

    @Test
    void aFolderGivenWithDirThatDoesNotExistYetIsMade() throws Exception {
        Path given = tempParent.resolve("new/deeper");
        AtomicReference<Boolean> existed = new AtomicReference<>();
        BenchFolder.run(given, tempParent, folder -> existed.set(Files.isDirectory(folder)));
        assertThat(existed.get()).isTrue();
        assertThat(given).isDirectory();
    }

    @Test
    void aSmallStoreBenchWithDirKeepsTheFolderAndPrintsItsFigures() throws Exception {
        Path given = Files.createDirectories(tempParent.resolve("bench"));
        Files.writeString(given.resolve("notes.txt"), "kept");
        CliTest.Run run = CliTest.atr("bench", "store", "--activities", "200", "--dir", given.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("bench store: 200 activities").contains("rows/s");
        assertThat(given.resolve("notes.txt")).hasContent("kept");
    }

    private static long entries(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }
}
