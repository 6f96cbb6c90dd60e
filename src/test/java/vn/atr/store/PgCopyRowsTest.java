package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * COPY rows made beforehand as UTF-8 bytes (a roll-up part's chunks, ADR 0206) reach a real PostgreSQL as the
 * texts they were: backslashes, tabs, newlines, carriage returns, Vietnamese and a character beyond the BMP.
 */
class PgCopyRowsTest {
    @Test
    void rowsMadeAsBytesReadBackAsTheirTexts() throws Exception {
        List<String> texts = List.of("[[\"Tập huấn \\\"phòng, chống\\\" mua bán người\\nđợt 2\",\"a\\\\b\"]]",
                "tab\there, line\nthere, return\rend, \\N is not null", "😀 ơ ư đ", "");
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation db = server.freshDatabase();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE copied (unit_code TEXT, half TEXT, records BIGINT, data TEXT)");
            PgCopyInsert.TextRows rows = new PgCopyInsert.TextRows(8);
            for (int i = 0; i < texts.size(); i++) {
                rows.field("3100" + i).field("2026-03-15").field(i * 1000L)
                        .utf8(texts.get(i).getBytes(StandardCharsets.UTF_8)).endRow();
            }
            PgCopyInsert.copyRows(c, "copied", "unit_code, half, records, data", rows.bytes(), rows.length());
            try (ResultSet rs = st.executeQuery("SELECT unit_code, half, records, data FROM copied ORDER BY records")) {
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("3100" + i);
                    assertThat(rs.getString(2)).isEqualTo("2026-03-15");
                    assertThat(rs.getLong(3)).isEqualTo(i * 1000L);
                    assertThat(rs.getString(4)).isEqualTo(texts.get(i));
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
