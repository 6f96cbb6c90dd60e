package vn.atr.store.upgrade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Makes {@code src/test/resources/upgrade/atr-v1.db}: a store at schema version 1 only (Flyway target
 * 1, the first migration ATR ever shipped) with records of every kind in it, in rollback-journal mode
 * so that the committed file is the whole store. Kept so the upgrade test always starts from what
 * the first version wrote, whatever later code does. Run once from the project folder:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) vn.atr.store.upgrade.V1StoreGenerator}.
 * V1 had no reference data (V2 brought it), so the units and activity type here use codes V2 does not.
 */
public final class V1StoreGenerator {
    public static final Path FILE = Path.of("src/test/resources/upgrade/atr-v1.db");

    private V1StoreGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.deleteIfExists(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
            s.execute("PRAGMA foreign_keys=ON");
            for (String sql : RECORDS) {
                s.executeUpdate(sql);
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("VACUUM");
        }
        System.out.println("Wrote " + file + " (" + Files.size(file) + " bytes)");
    }

    private static final String META = "'2023-01-05T08:00:00Z', '2023-02-01T09:30:00Z', 'v1-user', 2, 0";

    static final String[] RECORDS = {
        "INSERT INTO admin_unit VALUES ('V1-04', 'Thành phố thử V1', 'PROVINCE', 'thanh_pho', NULL, NULL, NULL, NULL)",
        "INSERT INTO admin_unit VALUES ('V1-311', 'Huyện thử Thủy Nguyên', 'DISTRICT', 'huyen', 'V1-04', '2008-01-01', '2025-06-30', NULL)",
        "INSERT INTO organisation VALUES ('V1-ORG', 'Hội Liên hiệp Phụ nữ huyện', 'union', 1)",
        "INSERT INTO setting VALUES ('agency.v1note', 'Cài đặt từ phiên bản 1')",
        "INSERT INTO activity_type VALUES ('V1_RALLY', 'Mít tinh hưởng ứng', 'Rally', 'SESSIONS', 1, 5)",
        "INSERT INTO activity VALUES ('01865a00-0000-7000-8000-0000000000a1', 'V1-311', 'V1_RALLY', '2023-03-15', NULL,"
                + " 'Mít tinh hưởng ứng ngày toàn dân phòng, chống mua bán người', 'V1-ORG', 'V1-ORG', 'DRUGS;HIV_AIDS',"
                + " 'Người dân', 450, 0, 'Ghi chú có dấu: ạ ộ ư ơ đ', " + META + ")",
        "INSERT INTO activity VALUES ('01865a00-0000-7000-8000-0000000000a2', 'V1-04', 'V1_RALLY', '2023-07-30', '2023-07-31',"
                + " 'Tuyên truyền lưu động', NULL, '', '', NULL, 1200, 3, NULL, " + META + ")",
        "INSERT INTO activity VALUES ('01865a00-0000-7000-8000-0000000000a3', 'V1-04', 'V1_RALLY', '2023-08-01', NULL,"
                + " 'Bản ghi đã xóa (xóa mềm)', NULL, '', '', NULL, 10, 0, NULL,"
                + " '2023-01-05T08:00:00Z', '2023-08-02T10:00:00Z', 'v1-user', 3, 1)",
        "INSERT INTO outreach_metric VALUES ('01865a00-0000-7000-8000-0000000000b1', 'V1-04', 'WEBSITE_VISITS',"
                + " '2022-12-15', '2023-12-14', 50640, 'Lượt truy cập', " + META + ")",
        "INSERT INTO trafficking_case VALUES ('01865a00-0000-7000-8000-0000000000c1', 'V1-311', 'V1-2023-01', '2023-03-14',"
                + " 'POLICE', 'CROSS_BORDER', 'Trung Quốc', 'FORCED_MARRIAGE;SEXUAL_EXPLOITATION', 'INVESTIGATING', 2,"
                + " 'Vụ việc từ phiên bản 1', " + META + ")",
        "INSERT INTO victim VALUES ('01865a00-0000-7000-8000-0000000000d1', 'V1-311', '01865a00-0000-7000-8000-0000000000c1',"
                + " 'NN-V1-01', 'FEMALE', 1998, 'FROM_18_TO_30', 'Kinh', 'Trung Quốc', 0, '04', 'VICTIM',"
                + " 'FORCED_MARRIAGE', 'HANDED_OVER', '2023-03-20', '2023-04-12', 1, NULL, " + META + ")",
        "INSERT INTO victim VALUES ('01865a00-0000-7000-8000-0000000000d2', 'V1-311', '01865a00-0000-7000-8000-0000000000c1',"
                + " 'NN-V1-02', 'FEMALE', NULL, 'UNDER_16', 'Hmông', NULL, 1, '08', 'ACCOMPANYING_MINOR',"
                + " '', 'RESCUED', NULL, NULL, 0, 'Trẻ em đi cùng', " + META + ")",
        "INSERT INTO victim_identity VALUES ('01865a00-0000-7000-8000-0000000000d1', 'Nguyễn Thị Thử', '031098000001',"
                + " 'Thôn 1, xã thử', '0900000001', '2023-02-01T09:30:00Z', 'v1-user')",
        "INSERT INTO support_service VALUES ('01865a00-0000-7000-8000-0000000000e1', 'V1-311',"
                + " '01865a00-0000-7000-8000-0000000000d1', 'ESSENTIAL_NEEDS', '2023-04-12', 'Trung tâm Công tác xã hội',"
                + " 1500000, NULL, " + META + ")",
        "INSERT INTO support_service VALUES ('01865a00-0000-7000-8000-0000000000e2', 'V1-311',"
                + " '01865a00-0000-7000-8000-0000000000d1', 'TRAVEL_COSTS', '2023-04-12', NULL, 9007199254740991,"
                + " 'Số tiền rất lớn giữ nguyên khi nâng cấp', " + META + ")",
    };
}
