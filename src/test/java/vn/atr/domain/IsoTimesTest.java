package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The store's and packages' own ISO reader and writer give what the JDK's give, refusals included. */
class IsoTimesTest {
    private static final long YEAR_0 = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long YEAR_10000 = 253_402_300_800L;

    @Test
    void instantsAndDatesOfYears0To9999ReadAndWriteAsTheJdkDoes() {
        Random rnd = new Random(20261203);
        for (int k = 0; k < 200_000; k++) {
            long second = YEAR_0 + (long) (rnd.nextDouble() * (YEAR_10000 - YEAR_0));
            int nano = switch (k % 4) {
                case 0 -> 0;
                case 1 -> rnd.nextInt(1000) * 1_000_000;
                case 2 -> rnd.nextInt(1_000_000) * 1000;
                default -> rnd.nextInt(1_000_000_000);
            };
            Instant i = Instant.ofEpochSecond(second, nano);
            String text = i.toString();
            assertThat(IsoTimes.text(i)).isEqualTo(text);
            assertThat(IsoTimes.instant(text)).isEqualTo(i);
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
            assertThat(IsoTimes.date(day.toString())).isEqualTo(day);
        }
        Instant far = Instant.ofEpochSecond(YEAR_10000 + 5, 7);
        assertThat(IsoTimes.text(far)).isEqualTo(far.toString());
        // Times of one day after another, as a batch's records come (the day's text is reused), across midnight.
        for (Instant i = Instant.parse("2023-12-14T23:58:00Z"); i.isBefore(Instant.parse("2023-12-15T00:02:00Z"));
             i = i.plusMillis(997)) {
            assertThat(IsoTimes.text(i)).isEqualTo(i.toString());
        }
    }

    @Test
    void textOutsideTheUsualFormIsReadOrRefusedAsTheJdkDoes() {
        String[] texts = {"2023-11-31", "2023-02-29", "2024-02-29", "2023-13-01", "2023-1-01", "abcd-01-01", "",
            "2023-01-01T00:00:00.Z", "2023-01-01T24:00:00Z", "2023-01-01t10:00:00z", "2023-01-01T10:00:00+01:00",
            "2023-06-30T23:59:60Z", "2023-01-01T10:00:00.1234567890Z", "2023-01-01T10:00:00.5Z",
            "2023-02-30T10:00:00Z", "2023-01-01T10:60:00Z", "+12023-01-01T10:00:00Z", "2023-01-01T10:00:00Z "};
        for (String t : texts) {
            assertThat(outcome(IsoTimes::date, t)).as(t).isEqualTo(outcome(LocalDate::parse, t));
            assertThat(outcome(IsoTimes::instant, t)).as(t).isEqualTo(outcome(Instant::parse, t));
        }
    }

    private static String outcome(Function<String, ?> read, String text) {
        try {
            return "value " + read.apply(text);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
