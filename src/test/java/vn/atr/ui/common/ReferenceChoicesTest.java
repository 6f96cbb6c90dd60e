package vn.atr.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Measure;

/** Which of an activity's counts its type counts: the list leaves the other one's 0 blank. */
class ReferenceChoicesTest {
    @Test
    void sessionsCountParticipantsAndEverythingElseAQuantity() {
        ReferenceChoices c = new ReferenceChoices(List.of(), List.of(), List.of(), List.of(), null,
                Map.of("TRAINING", Measure.SESSIONS, "LEAFLET", Measure.COPIES));
        assertThat(c.counts("TRAINING", true)).isTrue();
        assertThat(c.counts("TRAINING", false)).isFalse();
        assertThat(c.counts("LEAFLET", true)).isFalse();
        assertThat(c.counts("LEAFLET", false)).isTrue();
        assertThat(c.counts("UNKNOWN", true)).as("a type not read yet: both shown").isTrue();
        assertThat(c.counts("UNKNOWN", false)).isTrue();
    }
}
