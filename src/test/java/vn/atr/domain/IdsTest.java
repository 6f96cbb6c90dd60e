package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Record ids are UUID version 7: time-ordered, with the time they were made in their first 48 bits. */
class IdsTest {
    @Test
    void newIdsAreVersion7AndCarryTheTimeTheyWereMade() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(Ids.newId());
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void anIdMadeAtAGivenTimeIsRepeatableAndSortsByThatTime() {
        long march = Instant.parse("2026-03-02T08:00:00Z").toEpochMilli();
        long july = Instant.parse("2026-07-15T14:30:00Z").toEpochMilli();

        String a = Ids.madeAt(march, new Random(5));
        assertThat(Ids.madeAt(march, new Random(5))).isEqualTo(a);
        assertThat(Ids.madeAt(march, new Random(6))).isNotEqualTo(a);
        assertThat(Ids.isValid(a)).isTrue();
        assertThat(UUID.fromString(a).version()).isEqualTo(7);
        assertThat(UUID.fromString(a).getMostSignificantBits() >>> 16).isEqualTo(march);
        assertThat(Ids.madeAt(july, new Random(1)).compareTo(a)).as("text order is time order").isPositive();
    }

    @Test
    void anIdIsValidInTheFormsUuidReadsAndNoOther() {
        String made = Ids.newId();
        assertThat(Ids.isValid(made)).isTrue();
        assertThat(Ids.isValid(made.toUpperCase())).as("capital hex digits").isTrue();
        // Java's UUID also reads shortened groups; an id of 36 characters so written stays valid as before
        assertThat(Ids.isValid("0000000000000000-0-0-0-0000000000000")).isTrue();
        assertThat(Ids.isValid(made.substring(0, 35) + "g")).as("not a hex digit").isFalse();
        assertThat(Ids.isValid(made.replace('-', '_'))).as("no dashes").isFalse();
        assertThat(Ids.isValid(made.substring(1))).as("35 characters").isFalse();
        assertThat(Ids.isValid(null)).isFalse();
    }
}
