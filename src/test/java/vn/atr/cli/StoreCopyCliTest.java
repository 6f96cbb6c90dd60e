package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.service.Services;
import vn.atr.store.PostgresTestServer;
import vn.atr.store.StoreLocation;
import vn.atr.store.StoreTestSupport;

/** {@code atr copy}: a ward's SQLite file into PostgreSQL and back, every table and figure equal. */
class StoreCopyCliTest {
    @TempDir
    Path dir;

    @Test
    void sqliteToPostgresqlAndBackKeepsEveryRowAndFigure() throws Exception {
        Path file = dir.resolve("ward.db");
        assertThat(atr("sample", "--db", file.toString()).exit()).isZero();
        assertThat(atr("generate", "--db", file.toString(), "--activities", "300", "--units", "3", "--cases", "5").exit())
                .isZero();
        String server = PostgresTestServer.get().emptyDatabase().toString();
        CliTest.Run missing = atr("copy", "--from", dir.resolve("khong-co.db").toString(), "--to", server);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("kiểm tra đường dẫn --from").doesNotContain("--db");

        CliTest.Run copy = atr("copy", "--from", file.toString(), "--to", server);
        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("activity").doesNotContain("<>");
        // the figures' columns line up whatever the labels' lengths (the longest shifted them right)
        java.util.Set<Integer> ends = copy.out().lines().filter(l -> l.matches("  .*\\d$"))
                .map(String::length).collect(java.util.stream.Collectors.toSet());
        assertThat(ends).as(copy.out()).hasSize(1);

        // The figures ATR reports are the same on the server as in the file.
        CliTest.Run a = atr("summary", "--db", file.toString(), "--year", "2023", "--json");
        CliTest.Run b = atr("summary", "--db", server, "--year", "2023", "--json");
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(a.out()).contains("\"outreachSessions\"").doesNotContain("\"outreachSessions\":0,");
        try (Services s = Services.open(StoreLocation.parse(server))) {
            assertThat(s.audit().verify().intact()).isTrue(); // the chain came across whole
        }
        // The server's planner knows the copied rows at once (statistics taken), not after autovacuum comes round.
        try (java.sql.Connection c = PostgresTestServer.get().connect(StoreLocation.parse(server));
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_user_tables"
                     + " WHERE relname IN ('activity', 'activity_half_total') AND last_analyze IS NOT NULL")) {
            assertThat(rs.next() && rs.getInt(1) == 2).isTrue();
        }

        // And back into a new file: the same content, table by table.
        Path back = dir.resolve("back.db");
        CliTest.Run reverse = atr("copy", "--from", server, "--to", back.toString());
        assertThat(reverse.exit()).as(reverse.err()).isZero();
        assertThat(StoreTestSupport.tablesDigest(back, "activity", "activity_half_total", "trafficking_case", "victim",
                "victim_identity", "support_service", "outreach_metric", "admin_unit", "activity_type", "setting",
                "audit_log")).isEqualTo(StoreTestSupport.tablesDigest(file, "activity", "activity_half_total",
                "trafficking_case", "victim", "victim_identity", "support_service", "outreach_metric", "admin_unit",
                "activity_type", "setting", "audit_log"));

        // A target that already holds records is refused, and left as it was.
        CliTest.Run again = atr("copy", "--from", file.toString(), "--to", server);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("activity");
        assertThat(atr("summary", "--db", server, "--year", "2023", "--json").out()).isEqualTo(a.out());
    }
}
