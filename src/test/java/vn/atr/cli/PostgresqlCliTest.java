package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.PostgresTestServer;

/** The command line on a PostgreSQL store: init creates the schema, backups are refused with exit code 3. */
class PostgresqlCliTest {
    static String db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        db = PostgresTestServer.get().emptyDatabase().toString();
    }

    @Test
    void initSampleSummaryAndBackupsLeftToTheServer() {
        CliTest.Run init = atr("init", "--db", db);
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains(db);
        CliTest.Run again = atr("init", "--db", db); // already current: nothing to do, no failure
        assertThat(again.exit()).as(again.err()).isZero();

        assertThat(atr("sample", "--db", db).exit()).isZero();
        CliTest.Run summary = atr("summary", "--db", db, "--year", "2023", "--json");
        assertThat(summary.exit()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("\"activities\"");

        CliTest.Run backup = atr("backup", "--db", db, "--out", dir.resolve("b.db").toString());
        assertThat(backup.exit()).isEqualTo(AtrCli.NOT_FOR_THIS_ENGINE);
        assertThat(backup.err()).startsWith("atr: ").contains("pg_dump");
        assertThat(dir.resolve("b.db")).doesNotExist();
        CliTest.Run auto = atr("backup", "--db", db, "--auto"); // the automatic backup, as the window's on close
        assertThat(auto.exit()).isEqualTo(AtrCli.NOT_FOR_THIS_ENGINE);
        assertThat(auto.err()).contains("pg_dump");
        CliTest.Run restore = atr("restore", dir.resolve("b.db").toString(), "--db", db, "--yes");
        assertThat(restore.exit()).isEqualTo(AtrCli.NOT_FOR_THIS_ENGINE);
        assertThat(restore.err()).contains("pg_dump");
    }

    @Test
    void credentialsInTheAddressAreRefused() {
        CliTest.Run r = atr("init", "--db", "postgresql://atr:secret@localhost:5432/atr");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("ATR_DB_USER").doesNotContain("secret");
        CliTest.Run q = atr("init", "--db", "postgresql://localhost:5432/atr?password=secret");
        assertThat(q.exit()).isEqualTo(1);
        assertThat(q.err()).contains("ATR_DB_PASSWORD_FILE").doesNotContain("secret");
    }

    /** An address typed wrong is said to be one, not taken for a file name to create in a folder that does not exist. */
    @Test
    void aMistypedAddressIsRefusedAsAnAddress() {
        for (String typed : new String[] {"postgres://localhost:5432/atr", "jdbc:postgresql://localhost:5432/atr",
            "postgresql:/localhost:5432/atr"}) {
            CliTest.Run r = atr("summary", "--db", typed, "--year", "2023");
            assertThat(r.exit()).as(typed).isEqualTo(1);
            assertThat(r.err()).as(typed).contains("Địa chỉ cơ sở dữ liệu PostgreSQL không hợp lệ: " + typed,
                    "postgresql://MÁY_CHỦ:CỔNG/TÊN_CSDL").doesNotContain("Thư mục");
        }
    }
}
