package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/**
 * A package's JSON lines are parsed from its bytes: records, blank lines and lines that are not a record come
 * out as they did when each line was read as text (the same line numbers, the same reasons; a line of Unicode
 * spaces is blank, a no-break space is not).
 */
class PackageLinesTest {
    @TempDir
    Path dir;

    @Test
    void recordsBlankLinesAndUnreadableLinesAsWhenReadAsText() throws Exception {
        try (Services s = Services.open(dir.resolve("atr.db"))) {
            @SuppressWarnings("unchecked")
            ExchangeEntity<Activity> entity = (ExchangeEntity<Activity>) ExchangeEntity.all(s.repositories()).get(0);
            Random rnd = new Random(7);
            ReportPeriod year = ReportPeriod.ofYear(2026);
            Activity first = DataGenerator.activity(rnd, 7, 1, day -> List.of("30301"), year);
            Activity g = DataGenerator.activity(rnd, 7, 2, day -> List.of("30301"), year);
            Activity second = new Activity(g.meta(), g.unitCode(), g.typeCode(), g.startDate(), g.endDate(),
                    "Tuyên truyền ở thôn Đông", g.leadOrg(), g.partnerOrgs(), g.topics(), g.targetGroup(),
                    g.participants(), g.quantity(), g.notes());
            String badDate = new String(PackageJson.mapper().writeValueAsBytes(second), StandardCharsets.UTF_8)
                    .replaceFirst("\"startDate\":\"[0-9-]+\"", "\"startDate\":\"2026-11-31\"");
            List<String> lines = List.of(json(first), "  \r", "{\"unitCode\":", badDate, "\u00a0", "\u2003",
                    json(second) + "\r", "[1, 2]");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            bytes.write('\n');

            ImportPlanner.Decoded<Activity> decoded = ImportPlanner.decode(entity, bytes.toByteArray());

            assertThat(decoded.records()).containsExactly(first, second);
            assertThat(decoded.violations()).hasSize(2);
            assertThat(decoded.unreadable()).extracting(ImportPlan.Entry::recordId).containsExactly(
                    Messages.get("exchange.plan.line", 3), Messages.get("exchange.plan.line", 4),
                    Messages.get("exchange.plan.line", 5), Messages.get("exchange.plan.line", 8));
            assertThat(decoded.unreadable()).extracting(ImportPlan.Entry::reason).containsExactly(
                    asText(lines.get(2)), asText(badDate), asText("\u00a0"), asText("[1, 2]"));
            assertThat(decoded.unreadable().get(1).reason()).contains("startDate", "2026-11-31");
        }
    }

    private static String json(Activity a) throws Exception {
        return new String(PackageJson.mapper().writeValueAsBytes(a), StandardCharsets.UTF_8);
    }

    /** The reason given for a line read as text, the way packages were read before. */
    private static String asText(String line) {
        try {
            PackageJson.mapper().readerFor(Activity.class).readValue(line);
            throw new AssertionError("readable: " + line);
        } catch (Exception e) {
            return Messages.get("exchange.plan.unreadable", PackageJson.explain(e));
        }
    }
}
