package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;

/** A roll-up part's chunk (ADR 0204) reads back as written, and is JSON that the engine reads field by field. */
class PartChunkTest {
    private static final Meta META = new Meta("0190a1b2-0000-7abc-8def-123456789abc",
            Instant.parse("2026-03-01T01:02:03.123456Z"), Instant.parse("2026-03-02T00:00:00Z"), "phuong", 3, false);

    private static final List<Activity> RECORDS = List.of(
            new Activity(META, "31", "TRAINING", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6),
                    "Tập huấn \"phòng, chống\" mua bán người\nđợt 2\t(cuối)", "Công an xã \\ Đồn biên phòng",
                    List.of("SYT", "CATP"), Set.of(Topic.DRUGS, Topic.HIV_AIDS), "Học sinh;Phụ nữ", 120, 4,
                    "ghi chú \u0001 😀"),
            new Activity(new Meta("x", META.createdAt(), META.updatedAt(), "an", 1, false), "31", "LEAFLET",
                    LocalDate.of(2026, 3, 1), null, null, null, List.of(), Set.of(), null, 0, 2_000_000_000_000L,
                    null),
            new Activity(new Meta("y", META.createdAt(), META.createdAt(), "an", 1, false), "31", "LEAFLET",
                    LocalDate.of(2026, 3, 14), null, "Tờ rơi", null, List.of(), Set.of(), null, 0, 5, null));

    @Test
    void readsBackAsWritten() {
        assertThat(PartChunk.read("31", PartChunk.write(RECORDS))).isEqualTo(RECORDS);
    }

    @Test
    void aDaysHalfMonthIsTheTotalsOne() {
        for (LocalDate d = LocalDate.of(2024, 12, 1); d.isBefore(LocalDate.of(2026, 2, 1)); d = d.plusDays(1)) {
            assertThat(PartChunk.half(d)).as(d.toString()).isEqualTo(DayTotals.half(d.toString()));
        }
        assertThat(PartChunk.half(LocalDate.of(12026, 5, 20))).isEqualTo(DayTotals.half("+12026-05-20"));
    }

    @Test
    void theEngineReadsItsFields() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             PreparedStatement ps = c.prepareStatement("SELECT r.value ->> " + PartChunk.TITLE + ", r.value ->> "
                     + PartChunk.QUANTITY + ", r.value ->> " + PartChunk.NOTES + " FROM "
                     + Dialect.SQLITE.jsonArrayElements("?", "r"))) {
            ps.setString(1, PartChunk.write(RECORDS));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(RECORDS.get(0).title());
                assertThat(rs.getLong(2)).isEqualTo(4);
                assertThat(rs.getString(3)).isEqualTo(RECORDS.get(0).notes());
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
                assertThat(rs.getLong(2)).isEqualTo(2_000_000_000_000L);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Tờ rơi");
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
