package vn.atr.format.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;

/**
 * The streaming reader of a package's activity line reads what the mapper writes exactly as the mapper reads it,
 * and leaves every other line to the mapper (null), which accepts or explains it as before.
 */
class ActivityLineTest {
    private static final Meta META = new Meta("0190a1b2-0000-7abc-8def-123456789abc",
            Instant.parse("2026-03-01T01:02:03.123456Z"), Instant.parse("2026-03-02T00:00:00Z"), "phuong", 3, false);

    @Test
    void readsWhatTheMapperWritesAsTheMapperReadsIt() throws Exception {
        List<Activity> activities = List.of(
                new Activity(META, "31", "TRAINING", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6),
                        "Tập huấn \"phòng, chống\" mua bán người\nđợt 2", "Công an xã",
                        List.of("SYT", "CATP"),
                        Set.of(Topic.DRUGS, Topic.HIV_AIDS), "Học sinh;Phụ nữ", 120, 4, "ghi chú \\ ☃"),
                new Activity(new Meta("x", META.createdAt(), META.updatedAt(), "an", 1, true), "32", "LEAFLET",
                        LocalDate.of(2026, 1, 1), null, null, null, List.of(), Set.of(), null, 0, 2_000_000_000_000L,
                        null));
        for (Activity a : activities) {
            byte[] line = PackageJson.mapper().writeValueAsBytes(a);
            byte[] padded = ("xx" + new String(line, StandardCharsets.UTF_8) + "yy").getBytes(StandardCharsets.UTF_8);
            Activity fast = ActivityLine.read(padded, 2, line.length);
            assertThat(fast).isNotNull().isEqualTo(a)
                    .isEqualTo(PackageJson.mapper().readValue(line, Activity.class));
        }
    }

    @Test
    void leavesEveryOtherLineToTheMapper() throws Exception {
        String good = new String(PackageJson.mapper().writeValueAsBytes(new Activity(META, "31", "TRAINING",
                LocalDate.of(2026, 3, 5), null, "T", null, List.of(), Set.of(), null, 5, 0, null)),
                StandardCharsets.UTF_8);
        assertThat(read(good)).isNotNull();
        for (String other : List.of(
                good.replace("\"title\"", "\"tittle\""), // an unknown field: the mapper refuses it and says which
                good.replace("\"participants\":5", "\"participants\":\"5\""), // text for a number: the mapper's rules
                good.replace("\"participants\":5", "\"participants\":5000000000"), // beyond an int
                good.replace("\"startDate\":\"2026-03-05\"", "\"startDate\":\"2026-02-30\""), // no such day
                good.replace("\"topics\":[]", "\"topics\":[\"GAMBLING\"]"), // no such topic
                good.replace("\"id\":\"" + META.id() + "\"", "\"id\":null"), // the record refuses it
                good.replace("{\"meta\":", "{\"title\":\"U\",\"meta\":").replace("\"title\":\"T\"", "\"title\":\"T\""),
                good.replace(",\"unitCode\"", ",\"notes\":null,\"notes\":\"a\",\"unitCode\""), // a field twice
                good.replace("\"meta\":{", "\"meta\":{\"deleted\":1,").replace(",\"deleted\":false", ""),
                good.substring(0, good.length() - 1), good.substring(0, good.indexOf(",\"notes\"")),
                "[1, 2]", "{", "not json")) {
            assertThat(read(other)).as(other).isNull();
        }
    }

    @Test
    void readsAWholeEntityInOnePassOnlyWhenEveryLineIsOneActivityAlone() throws Exception {
        Activity one = new Activity(META, "31", "TRAINING", LocalDate.of(2026, 3, 5), null, "Tập huấn", null,
                List.of("SYT"), Set.of(Topic.DRUGS), null, 5, 0, null);
        Activity two = new Activity(new Meta("0190a1b2-0000-7abc-8def-123456789abd", META.createdAt(),
                META.updatedAt(), "an", 1, true), "32", "LEAFLET", LocalDate.of(2026, 1, 1), null, null, null,
                List.of(), Set.of(), null, 0, 7, "ghi \"chú\"");
        String a = PackageJson.mapper().writeValueAsString(one);
        String b = PackageJson.mapper().writeValueAsString(two);
        assertThat(ActivityLine.readAll(bytes(a + "\n" + b + "\n"))).containsExactly(one, two);
        assertThat(ActivityLine.readAll(bytes("\n" + a + " \r\n\n\t" + b))).containsExactly(one, two);
        assertThat(ActivityLine.readAll(bytes(""))).isEmpty();
        for (String other : List.of(
                a + b + "\n", // two on one line: the line reader takes the first and says nothing of the second
                a + " x\n" + b, // something after the object on its line
                a.replace(",\"unitCode\"", "\n,\"unitCode\""), // an object over two lines: two bad lines there
                a.replace(",\"unitCode\"", "\r,\"unitCode\""),
                a + "\n" + b.replace("\"title\"", "\"tittle\""), // one line for the mapper to explain
                a + "\n[1]", a + "\n\u000b" + b)) {
            assertThat(ActivityLine.readAll(bytes(other))).as(other).isNull();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Activity read(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return ActivityLine.read(b, 0, b.length);
    }
}
