package vn.atr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benches' peak heap: what was in use at one moment, never more than the JVM may hold. */
class HeapPeakTest {
    @Test
    void thePeakHoldsWhatWasInUseAndNeverExceedsTheHeapsBound() {
        System.gc();
        HeapPeak.reset();
        long before = HeapPeak.bytes();
        byte[][] held = new byte[4][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[16 * 1024 * 1024];
        }
        long peak = HeapPeak.bytes();
        assertThat(peak).isGreaterThanOrEqualTo(before + 4L * 16 * 1024 * 1024 - 1024 * 1024);
        assertThat(held[3].length).isPositive(); // held until the reading above
        held = null;
        // garbage churned through the young generation: the peak is one moment's, never the pools' peaks summed
        for (int i = 0; i < 2_000; i++) {
            byte[] garbage = new byte[256 * 1024];
            garbage[0] = 1;
        }
        assertThat(HeapPeak.bytes()).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory()).isGreaterThanOrEqualTo(peak);
    }
}
