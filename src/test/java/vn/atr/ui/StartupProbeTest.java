package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import vn.atr.ui.shell.StartupProbe;

/**
 * The probe's "after N ms" counts from this process's start, which here is the JVM's start (surefire
 * starts the JVM directly): both clocks read at the same moment agree within a few ticks, unlike
 * ProcessHandle's start instant, which is up to a second early on Linux (ADR 0061).
 */
class StartupProbeTest {
    @Test
    void countsFromTheProcessStart() {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceStart = StartupProbe.sinceProcessStart();
        long jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        assertThat(sinceStart).isBetween(jvmUptime - 50, jvmUptimeAfter + 500);
    }
}
