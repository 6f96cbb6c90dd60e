package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.UnitLevel;
import vn.atr.service.Services;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreLocation;

/**
 * Text that COPY's text format would misread unless escaped (tab, newline, carriage return, backslash, a
 * literal {@code \N}, the end-of-data marker, quotes, decomposed Vietnamese) and real NULLs travel through
 * PostgreSQL's bulk path both ways: a ward's batch insert (COPY straight into the table) and a merge of its
 * package into the Department's store (COPY into staging, then the upsert), first as new rows, then as
 * changed ones. Every stored value comes back exactly as the ward stored it.
 */
class HostileTextMergePgTest {
    private static final ReportPeriod Y2026 = ReportPeriod.ofYear(2026);
    private static final String NFD = Normalizer.normalize("Tuyên truyền phòng, chống mua bán người ở xã Mường", Normalizer.Form.NFD);
    private static final List<String> HOSTILE = List.of(
            "tab\there", "line\nbreak", "carriage\r\nreturn", "back\\slash \\t \\n \\\\", "\\N", "\\.",
            "\\.\n\\.", "quote \" and ' and `", "comma, semicolon; pipe |", NFD, "trailing backslash \\",
            "  spaces kept  ", "emoji 🇻🇳 and ₫");

    @TempDir
    Path dir;

    @Test
    void hostileTextRoundTripsThroughCopyAndAMerge() throws Exception {
        PostgresTestServer pg = PostgresTestServer.get();
        StoreLocation ward = pg.freshDatabase();
        StoreLocation city = pg.freshDatabase();
        Path first = dir.resolve("first.atrpkg");
        Path second = dir.resolve("second.atrpkg");
        String unit;
        List<Activity> typed = new ArrayList<>();
        try (Services w = Services.open(ward)) {
            unit = w.repositories().units().listByLevel(UnitLevel.COMMUNE).stream().map(AdminUnit::code)
                    .findFirst().orElseThrow();
            for (int i = 0; i < HOSTILE.size(); i++) {
                String text = HOSTILE.get(i);
                // Every text column carries a hostile value; notes and the end date are NULL on every other row.
                // (Partner organisations are stored ';'-separated on both engines: none holds a ';' itself.)
                typed.add(new Activity(Meta.fresh("ward"), unit, ActivityType.OUTREACH_SESSION,
                        LocalDate.of(2026, 3, 1 + i), i % 2 == 0 ? null : LocalDate.of(2026, 3, 2 + i), text, text,
                        List.of(text.replace(';', ',')), Set.of(), text, 10 + i, 0, i % 2 == 0 ? null : text));
            }
            w.repositories().activities().insertAll(typed, "ward");
            assertThat(dataOf(w.repositories().activities().listAll())).isEqualTo(dataOf(typed));
            assertThat(rawTitles(pg, ward)).containsExactlyInAnyOrderElementsOf(
                    HOSTILE.stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFC)).toList());
            w.exchange().export(unit, Y2026, first, null);
        }

        try (Services c = Services.open(city)) {
            TrustFixtures.trustSenderOf(c, first);
            c.exchange().apply(c.exchange().plan(first, null));
        }
        assertSameRecords(ward, city);

        // Changed on the ward: each row takes the next row's hostile text; merged again, as changed rows.
        try (Services w = Services.open(ward)) {
            List<Activity> stored = w.repositories().activities().listActive();
            for (int i = 0; i < stored.size(); i++) {
                w.activities().save(ExchangeRoundTripTest.withTitle(stored.get(i),
                        HOSTILE.get((i + 1) % HOSTILE.size()) + "\t" + i), "ward");
            }
            w.exchange().export(unit, Y2026, second, null);
        }
        try (Services c = Services.open(city)) {
            ImportPlan plan = c.exchange().plan(second, null);
            assertThat(plan.counts().get(ImportPlan.Outcome.UPDATED)).isEqualTo(HOSTILE.size());
            c.exchange().apply(plan);
        }
        assertSameRecords(ward, city);
    }

    private static void assertSameRecords(StoreLocation ward, StoreLocation city) {
        try (Services w = Services.open(ward); Services c = Services.open(city)) {
            List<Activity> sent = w.repositories().activities().listAll();
            assertThat(c.repositories().activities().listAll()).isEqualTo(sent); // meta too: merged as given
            assertThat(c.summary().summary(Y2026, Optional.empty())).isEqualTo(w.summary().summary(Y2026, Optional.empty()));
        }
    }

    /** The records without their bookkeeping (a batch insert gives its own ids' meta). */
    private static List<List<Object>> dataOf(List<Activity> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(a -> a.meta().id()))
                .map(a -> List.<Object>of(a.meta().id(), a.startDate(), String.valueOf(a.endDate()), a.title(),
                        a.leadOrg(), a.partnerOrgs(), a.targetGroup(), String.valueOf(a.notes()), a.participants()))
                .toList();
    }

    private static List<String> rawTitles(PostgresTestServer pg, StoreLocation store) throws Exception {
        List<String> titles = new ArrayList<>();
        try (Connection c = pg.connect(store); PreparedStatement ps = c.prepareStatement("SELECT title FROM activity");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
