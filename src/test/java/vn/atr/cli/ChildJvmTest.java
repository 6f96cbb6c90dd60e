package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A child JVM (the workbook bench's, a long job's) runs with the options of the JVM that started it (so that run
 * from the installed app it does what the app does), minus the heap size it sets itself and what observes the parent.
 */
class ChildJvmTest {
    @Test
    void theChildKeepsTheLaunchersCompilerAndArchiveButNotItsHeapOrRecorders() {
        List<String> launcher = List.of("-Xmx2g", "-Xms64m", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=/opt/atr/lib/app/atr.jsa", "-Dorg.sqlite.lib.path=/opt/atr/lib/runtime/lib",
                "-XX:StartFlightRecording=filename=x.jfr", "-Xlog:gc:file=gc.log", "-javaagent:probe.jar",
                "-XX:MaxRAMPercentage=50", "-Djava.class.path=/opt/atr/lib/app/atr.jar", "-Xlog:cds=off");

        assertThat(ChildJvm.inheritedOptions(launcher)).containsExactly("-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=/opt/atr/lib/app/atr.jsa", "-Dorg.sqlite.lib.path=/opt/atr/lib/runtime/lib",
                "-Xlog:cds=off");
    }

    @Test
    void theChildIsThisRuntimesJavaOnThisClassPathStartingAtr() {
        List<String> command = ChildJvm.command(List.of("-Xmx256m"), List.of("bench", "exchange"));

        assertThat(Path.of(command.get(0))).isExecutable()
                .startsWith(Path.of(System.getProperty("java.home")));
        assertThat(command.subList(1, command.size())).containsExactly("-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "vn.atr.Launcher", "bench", "exchange");
        assertThat(ChildJvm.MAIN_CLASS).isEqualTo(vn.atr.Launcher.class.getName());
    }

    @Test
    void theProcessCpuIsReadFromJavaBaseAlone() {
        double before = vn.atr.bench.ExchangeBenchmark.processCpuSeconds();
        long sum = 0;
        for (long end = System.nanoTime() + 50_000_000L; System.nanoTime() < end; ) {
            sum += Long.numberOfTrailingZeros(System.nanoTime());
        }
        assertThat(sum).isPositive();
        assertThat(before).isPositive();
        assertThat(vn.atr.bench.ExchangeBenchmark.processCpuSeconds()).isGreaterThan(before);
    }

    @Test
    void theBenchSaysWhichCompilersItsFiguresComeFrom() {
        assertThat(vn.atr.bench.ExchangeBenchmark.compilers(List.of("-XX:TieredStopAtLevel=1")))
                .startsWith("JIT: C1 only");
        assertThat(vn.atr.bench.ExchangeBenchmark.compilers(List.of("-Xmx1g"))).startsWith("JIT: C1 and C2");
        assertThat(vn.atr.bench.ExchangeBenchmark.compilers(List.of("-XX:TieredStopAtLevel=1",
                "-XX:TieredStopAtLevel=4"))).startsWith("JIT: C1 and C2");
    }
}
