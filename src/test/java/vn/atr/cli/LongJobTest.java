package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;
import vn.atr.store.StoreTestSupport;

/**
 * A long job under the installed launcher's C1-only compiler runs in a child JVM with C2: which jobs, with which
 * options, and an import run so end to end in real processes.
 */
class LongJobTest {
    private static final List<String> LAUNCHER = List.of("-XX:SharedArchiveFile=/opt/atr/lib/app/atr.jsa",
            "-Xshare:auto", "-Xlog:cds=off", "-XX:TieredStopAtLevel=1", "-Dorg.sqlite.lib.path=/opt/atr/lib/runtime/lib", "-Xmx512m",
            "-XX:StartFlightRecording=filename=parent.jfr");
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aLongJobUnderC1OnlyRunsInAChildWithC2AndTheLaunchersOtherOptions() {
        List<String> command = LongJob.childCommand(LAUNCHER, Map.of(), 171 * MIB, LongJob.MIN_BYTES,
                List.of("import", "--db", "quocgia.db", "a.atrpkg")).orElseThrow();

        assertThat(command).doesNotContain("-XX:TieredStopAtLevel=1").noneMatch(a -> a.contains("FlightRecording"))
                .contains("-Xmx512m", "-XX:SharedArchiveFile=/opt/atr/lib/app/atr.jsa", "-Xshare:auto", "-Xlog:cds=off",
                        "-Dorg.sqlite.lib.path=/opt/atr/lib/runtime/lib");
        assertThat(command.subList(command.size() - 5, command.size()))
                .containsExactly(ChildJvm.MAIN_CLASS, "import", "--db", "quocgia.db", "a.atrpkg");
    }

    @Test
    void shortJobsAJvmWithC2AlreadyAndTheChildItselfRunTheJobInProcess() {
        List<String> args = List.of("import", "a.atrpkg");
        assertThat(LongJob.childCommand(LAUNCHER, Map.of(), LongJob.MIN_BYTES - 1, LongJob.MIN_BYTES, args))
                .as("a city's 114 packages (3.4 MB): C1 alone finishes first").isEmpty();
        assertThat(LongJob.childCommand(List.of("-Xmx512m"), Map.of(), 171 * MIB, LongJob.MIN_BYTES, args))
                .as("C2 already there (java -jar)").isEmpty();
        assertThat(LongJob.childCommand(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4"), Map.of(),
                171 * MIB, LongJob.MIN_BYTES, args)).as("the last option counts, as in the JVM").isEmpty();
        assertThat(LongJob.childCommand(List.of("-Xint", "-XX:TieredStopAtLevel=1"), Map.of(), 171 * MIB,
                LongJob.MIN_BYTES, args)).as("the interpreter alone was asked for").isEmpty();
        assertThat(LongJob.childCommand(LAUNCHER, Map.of(LongJob.CHILD_MARK, "1"), 171 * MIB, LongJob.MIN_BYTES,
                args)).as("the child, even with C1 only from _JAVA_OPTIONS: never a second child").isEmpty();
        assertThat(LongJob.c1Only(List.of("-XX:TieredStopAtLevel=3"))).isTrue();
        assertThat(LongJob.c1Only(List.of())).isFalse();
        assertThat(LongJob.c1Only(List.of("-XX:-TieredCompilation", "-XX:TieredStopAtLevel=1"))).as("C2 alone").isFalse();
    }

    @Test
    void anImportAboveTheBoundRunsInTheChildEndToEnd() throws Exception {
        List<String> files = new ArrayList<>();
        long records;
        try (Services wards = Services.open(dir.resolve("wards.db"))) {
            records = wards.generator().generate(new DataGenerator.Spec(2, 40, 0, 5, 2026)).activities();
            for (AdminUnit u : wards.repositories().units().listByLevel(UnitLevel.COMMUNE).subList(0, 2)) {
                Path p = dir.resolve(u.code() + ".atrpkg");
                wards.exchange().export(u.code(), ReportPeriod.ofYear(2026), p, null);
                files.add(p.toString());
            }
        }
        Path city = dir.resolve("city.db");
        Path key = dir.resolve("wards.key");
        assertThat(atr("init", "--db", city.toString()).exit()).isZero();
        assertThat(atr("trust", "export-key", "--db", dir.resolve("wards.db").toString(), "--out", key.toString())
                .exit()).isZero();
        assertThat(atr("trust", "add", "--db", city.toString(), "--key", key.toString()).exit()).isZero();
        List<String> args = new ArrayList<>(List.of("import", "--db", city.toString(), "--dry-run"));
        args.addAll(files);

        // Below the bound: the launcher's own process merges.
        Process small = launch(LongJob.MIN_BYTES, args);
        assertThat(small.exit).as(small.err).isZero();
        assertThat(small.err).doesNotContain("tiến trình Java riêng");
        assertThat(small.out).contains("Chạy thử (--dry-run)");

        // Above it (the bound lowered to a byte): the child merges, once, and its exit code is the command's. Options
        // from JAVA_TOOL_OPTIONS are among the launcher's own arguments: the child gets them once, not again from the
        // variable (each JVM that reads it says so on stderr).
        args.remove("--dry-run");
        Process big = launch(1, args, Map.of("JAVA_TOOL_OPTIONS", "-Datr.test.toolOption=1"));
        assertThat(big.exit).as(big.err).isZero();
        assertThat(big.err).containsOnlyOnce("tiến trình Java riêng").containsOnlyOnce("Picked up JAVA_TOOL_OPTIONS");
        assertThat(big.out).contains("Tổng cộng 2 gói").contains("Đã nhập:");
        assertThat(StoreTestSupport.count(city, "SELECT count(*) FROM activity")).isEqualTo(records);

        Process refused = launch(1, List.of("import", "--db", city.toString(), dir.resolve("khong-co.atrpkg").toString(),
                files.get(0)));
        assertThat(refused.exit).as("the child's failure is the command's").isEqualTo(1);
        assertThat(refused.err).contains("khong-co.atrpkg");
    }

    private record Process(int exit, String out, String err) {
    }

    /** {@code atr ARGS} in a JVM with C1 only, as the installed launcher starts it, and the bound {@code minBytes}. */
    private Process launch(long minBytes, List<String> args) throws Exception {
        return launch(minBytes, args, Map.of());
    }

    private Process launch(long minBytes, List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaBinary(), "-XX:TieredStopAtLevel=1",
                "-D" + LongJob.MIN_BYTES_PROPERTY + "=" + minBytes, "-cp", System.getProperty("java.class.path"),
                ChildJvm.MAIN_CLASS));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove(LongJob.CHILD_MARK);
        builder.environment().put("ATR_LANG", "vi");
        builder.environment().putAll(env);
        java.lang.Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Process(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
