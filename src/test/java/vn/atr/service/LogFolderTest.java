package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped logback.xml writes into {@code logs/} of the data folder, so {@code ATR_HOME} moves the
 * logs with the store, and the folder is its owner's only. Run in a child JVM: the environment and
 * logback's one-time set-up cannot be changed inside the test's own JVM.
 */
class LogFolderTest {
    @TempDir
    Path dir;

    /** The child: one log line through the product's configuration. */
    public static final class LogOneLine {
        public static void main(String[] args) {
            org.slf4j.LoggerFactory.getLogger(LogFolderTest.class).info("log folder check");
        }
    }

    @Test
    void logsFollowAtrHomeIntoAnOwnerOnlyFolder() throws Exception {
        Path home = dir.resolve("atr-home");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                LogOneLine.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.txt").toFile());
        pb.environment().put("ATR_HOME", home.toString());
        pb.environment().remove("ATR_LOG_DIR");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.txt"))).isZero();

        Path log = home.resolve("logs").resolve("atr.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("log folder check");
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("logs")))).isEqualTo("rwx------");
    }
}
