package vn.atr.store.upgrade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Makes {@code src/test/resources/upgrade/atr-v8.db}: a store at the last schema before the indicator
 * catalogue (Flyway target 8.1, with the shipped reference data of V2) holding what stores of that
 * version hold: the V1 records, activities of built-in types, an activity type an administrator added
 * (as {@code ReferenceRepository.saveActivityType} wrote it: default sort, no catalogue columns), the
 * website-visits metric and a metric code outside the shipped list (a package from another tool could
 * bring one). Rollback-journal mode, so the committed file is the whole store. Run once from the
 * project folder: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * vn.atr.store.upgrade.V8StoreGenerator}.
 */
public final class V8StoreGenerator {
    public static final Path FILE = Path.of("src/test/resources/upgrade/atr-v8.db");

    private V8StoreGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.deleteIfExists(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8.1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA foreign_keys=ON");
            for (String sql : V1StoreGenerator.RECORDS) {
                // V6 gave victim_identity a column (encrypted, default 0): name the V1 ones.
                s.executeUpdate(sql.replace("INSERT INTO victim_identity VALUES", "INSERT INTO victim_identity"
                        + " (victim_id, full_name, id_number, address, phone, updated_at, updated_by) VALUES"));
            }
            for (String sql : RECORDS) {
                s.executeUpdate(sql);
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("VACUUM");
        }
        System.out.println("Wrote " + file + " (" + Files.size(file) + " bytes)");
    }

    private static final String META = "'2024-01-05T08:00:00Z', '2024-02-01T09:30:00Z', 'v8-user', 1, 0";

    static final String[] RECORDS = {
        "INSERT INTO activity_type (code, name_vi, name_en, measure, active) VALUES ('LOUDSPEAKER', 'Phát thanh loa"
                + " lưu động', 'Mobile loudspeaker', 'MINUTES', 1)",
        "INSERT INTO activity VALUES ('018d0a00-0000-7000-8000-0000000000a1', '04', 'LEAFLET', '2024-03-15', NULL,"
                + " 'Phát tờ rơi tại chợ', NULL, '', '', 'Người dân', 0, 4000, NULL, " + META + ")",
        "INSERT INTO activity VALUES ('018d0a00-0000-7000-8000-0000000000a2', '04', 'OUTREACH_SESSION', '2024-04-02',"
                + " NULL, 'Tuyên truyền tại thôn', 'HLHPN', '', 'DRUGS', 'Hội viên phụ nữ', 120, 0, NULL, " + META + ")",
        "INSERT INTO activity VALUES ('018d0a00-0000-7000-8000-0000000000a3', '04', 'LOUDSPEAKER', '2024-05-20', NULL,"
                + " 'Loa lưu động', NULL, '', '', NULL, 0, 90, NULL, " + META + ")",
        "INSERT INTO outreach_metric VALUES ('018d0a00-0000-7000-8000-0000000000b1', '04', 'WEBSITE_VISITS',"
                + " '2023-12-15', '2024-12-14', 61000, NULL, " + META + ")",
        "INSERT INTO outreach_metric VALUES ('018d0a00-0000-7000-8000-0000000000b2', '04', 'FANPAGE_REACH',"
                + " '2023-12-15', '2024-12-14', 1200, 'Từ công cụ khác', " + META + ")",
    };
}
