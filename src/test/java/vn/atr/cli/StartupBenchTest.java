package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atr bench startup} starts real ATR processes on a sample store and prints both commands' figures and
 * their ratio. What it prints is checked, never a time. The tests' class path has the build's class folders,
 * which an AppCDS archive cannot take classes from: the bench says so instead of comparing with an archive
 * (run from the jar, it records one; installer/test-deb.sh checks the installed package's archive).
 */
class StartupBenchTest {
    private static final Pattern FIGURE = Pattern.compile("wall \\d+\\.\\d\\d s {2}CPU (\\d+\\.\\d\\d s|n/a)");
    private static final Pattern RATIO = Pattern.compile(
            "report / version: wall \\d+\\.\\d\\dx, CPU (\\d+\\.\\d\\dx|n/a) \\(goal: at most 2\\.5x\\)");

    @TempDir
    Path dir;

    @Test
    void printsVersionAndReportFiguresAndTheirRatioWithAndWithoutAppCds() {
        CliTest.Run run = CliTest.atr("bench", "startup", "--runs", "1", "--make-archive", "--dir", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("without AppCDS:")
                .contains("AppCDS: not recorded, the class path has a folder").contains("with AppCDS: no archive");
        assertThat(out.lines().filter(l -> l.contains("atr --version") && FIGURE.matcher(l).find())).hasSize(1);
        assertThat(out.lines().filter(l -> l.contains("atr report") && FIGURE.matcher(l).find())).hasSize(1);
        assertThat(out.lines().filter(l -> RATIO.matcher(l).find())).hasSize(1);
        // The report really ran on the sample store: its files are there.
        assertThat(dir.resolve("bc.docx")).isNotEmptyFile();
        assertThat(dir.resolve("pl.xlsx")).isNotEmptyFile();
    }
}
