package vn.atr.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.ReportModel;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.ServiceException;
import vn.atr.service.Services;

/**
 * Submitted reports stay readable: the frozen figures written before the format had a version (the committed
 * fixture) still load, today's JSON carries its version, and a version this build does not know is refused
 * with a message instead of being half-read.
 */
class FrozenReportFormatTest {
    private static final String FIXTURE = "/frozen-report/haiphong-2023-v1.json";

    @TempDir
    Path dir;

    private static String fixture() throws IOException {
        try (InputStream in = FrozenReportFormatTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void figuresFrozenByTheFirstFormatStillLoad() throws Exception {
        FrozenReport f = FrozenReport.read(fixture(), "2023");
        assertThat(f.current().summary().outreachSessions()).isEqualTo(54);
        assertThat(f.current().summary().outreachParticipants()).isEqualTo(10_215);
        assertThat(f.current().summary().websiteVisits()).isEqualTo(50_640);
        assertThat(f.current().summary().victims()).isEqualTo(4);
        assertThat(f.current().period()).isEqualTo(ReportPeriod.ofYear(2023));
        assertThat(f.previous().period()).isEqualTo(ReportPeriod.ofYear(2022));
        assertThat(f.agency().abbreviation()).isEqualTo("SLĐTBXH");
        assertThat(f.homeProvinceName()).isEqualTo("Hải Phòng");
        assertThat(f.appendices()).isNotEmpty();
        assertThat(f.current().hasData()).isTrue();
    }

    @Test
    void todaysFiguresCarryTheirVersionReadBackEqualAndAreTheSameTextEveryTime() throws Exception {
        try (Services s = Services.open(dir.resolve("s.db"))) {
            s.sample().loadHaiPhong2023();
            ReportModel model = s.report().build(ReportPeriod.ofYear(2023), Optional.empty());
            String json = FrozenReport.json(model);
            assertThat(PackageJson.mapper().readTree(json).get(FrozenReport.VERSION_FIELD).asInt())
                    .isEqualTo(FrozenReport.FORMAT_VERSION);
            FrozenReport back = FrozenReport.read(json, "2023");
            assertThat(back.current()).isEqualTo(model.current());
            assertThat(back.previous()).isEqualTo(model.previous());
            assertThat(back.appendices()).isEqualTo(model.appendices());
            assertThat(back.agency()).isEqualTo(model.agency());
            // Today's sample gives the fixture's headline figures, so the fixture is a faithful old submission
            // (today's tallies also list catalogue entries the old code did not know, with no records).
            assertThat(back.current().summary()).isEqualTo(FrozenReport.read(fixture(), "2023").current().summary());

            // the same text, so the same hash in the audit log, at every submission of the same figures
            assertThat(json).contains("\"unmeasured\":[0,1]").doesNotContain("\"unmeasured\":[1,0]");
            assertThat(FrozenReport.json(s.report().build(ReportPeriod.ofYear(2023), Optional.empty()))).isEqualTo(json);
            var visits = back.appendices().get(0).rows().stream().filter(r -> r.label().startsWith("Lượt truy cập"))
                    .findFirst().orElseThrow();
            assertThat(visits.dash(0)).as("a metric has no activities: '-'").isTrue();
            assertThat(visits.dash(2)).isFalse();
            // the version 1 fixture's rows read without them: its zeros print as zeros, as when it was submitted
            assertThat(FrozenReport.read(fixture(), "2023").appendices().get(0).rows())
                    .allSatisfy(r -> assertThat(r.unmeasured()).isEmpty());
        }
    }

    /** Figures frozen before the summary counted people not (yet) found victims get them from their legal statuses. */
    @Test
    void peopleNotYetFoundVictimsAreCountedInFiguresFrozenBefore() throws Exception {
        assertThat(FrozenReport.read(fixture(), "2023").current().summary().victimsNotYetIdentified()).isZero();
        String withTwo = fixture().replace("\"victimsByLegalStatus\":[{\"key\":\"VICTIM\",",
                "\"victimsByLegalStatus\":[{\"key\":\"BEING_IDENTIFIED_ABROAD\",\"label\":\"x\",\"count\":2,\"value\":0},"
                        + "{\"key\":\"VICTIM\",");
        assertThat(withTwo).isNotEqualTo(fixture());
        FrozenReport f = FrozenReport.read(withTwo, "2023");
        assertThat(f.current().summary().victimsNotYetIdentified()).isEqualTo(2);
        assertThat(f.previous().summary().victimsNotYetIdentified()).isZero();
    }

    @Test
    void anUnknownVersionIsRefusedWithItsNumber() throws Exception {
        JsonNode tree = PackageJson.mapper().readTree(fixture());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put(FrozenReport.VERSION_FIELD, FrozenReport.FORMAT_VERSION + 1);
        String newer = PackageJson.mapper().writeValueAsString(tree);
        assertThatThrownBy(() -> FrozenReport.read(newer, "2023")).isInstanceOf(ServiceException.class)
                .hasMessageContaining("2023").hasMessageContaining("phiên bản " + (FrozenReport.FORMAT_VERSION + 1));
    }

    @Test
    void aRenamedFieldIsRefusedNotHalfRead() throws Exception {
        String renamed = fixture().replace("\"outreachSessions\"", "\"outreachMeetings\"");
        assertThatThrownBy(() -> FrozenReport.read(renamed, "2023")).isInstanceOf(ServiceException.class)
                .hasMessageContaining("2023");
    }
}
