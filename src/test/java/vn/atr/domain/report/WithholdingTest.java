package vn.atr.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A single count from 1 to 4 takes the smallest other count of its breakdown with it; two hide one another. */
class WithholdingTest {
    @Test
    void theSmallestOtherCountsGoWithTheSmallOnesUntilTheHiddenAddUpToFive() {
        assertThat(Withholding.beside(List.of(10L, 3L))).containsExactly(0);
        assertThat(Withholding.beside(List.of(12L, 7L, 2L, 0L))).containsExactly(1);
        assertThat(Withholding.beside(List.of(8L, 2L, 1L))).as("2 and 1 of other provinces: 11 less 8")
                .containsExactly(0);
        assertThat(Withholding.beside(List.of(12L, 2L, 3L))).as("two small ones adding up to 5").isEmpty();
        assertThat(Withholding.beside(List.of(3L, 0L))).as("nothing to subtract from").isEmpty();
        assertThat(Withholding.beside(List.of(12L, 7L))).as("nothing small").isEmpty();
    }

    @Test
    void eachBreakdownOfATableIsLookedAtOnItsOwn() {
        AppendixTable t = new AppendixTable("VI", "t", List.of("a", "b"), List.of(
                AppendixTable.Row.heading("Giới tính"), AppendixTable.Row.of("Nữ", 6), AppendixTable.Row.of("Nam", 2),
                AppendixTable.Row.heading("Độ tuổi"), AppendixTable.Row.of("18-30", 5), AppendixTable.Row.of("31-50", 3),
                AppendixTable.Row.of("trên 50", 0)), 0, true);
        assertThat(t.withheldBesideSmall()).containsExactlyInAnyOrder(new AppendixTable.Cell(1, 0),
                new AppendixTable.Cell(4, 0));
    }
}
