package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;

/**
 * Saving when the disk is full: SQLite's own "disk full" (SQLITE_FULL), made real by capping the
 * file at its current size with {@code PRAGMA max_page_count} on the store's connection. The save is
 * refused with a Vietnamese message, nothing of it is stored, earlier records are intact, and the
 * store works again once there is room.
 */
class StoreDiskFullTest {
    @TempDir
    Path dir;

    @Test
    void saveOnAFullDiskIsRefusedAndLosesNothing() throws Exception {
        Path file = dir.resolve("atr.db");
        List<Activity> batch = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            batch.add(RepositoryRoundTripTest.activity(i));
        }
        try (Database db = Database.open(file)) {
            ActivityRepository repo = new ActivityRepository(db);
            repo.insert(RepositoryRoundTripTest.activity(7), "an");
            db.checkpoint();
            String before = StoreTestSupport.digest(file);
            setMaxPages(db, "(SELECT page_count FROM pragma_page_count())");

            assertThatThrownBy(() -> db.runInTransaction(() -> repo.insertAll(batch, "an")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Không lưu được dữ liệu: ổ đĩa chứa")
                    .hasMessageContaining("atr.db").hasMessageContaining("đã đầy");
            assertThat(StoreTestSupport.digest(file)).isEqualTo(before);

            setMaxPages(db, "1073741823");
            db.runInTransaction(() -> repo.insertAll(batch, "an"));
        }
        assertThat(StoreTestSupport.count(file, "SELECT count(*) FROM activity")).isEqualTo(2001);
        assertThat(StoreTestSupport.text(file, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    /**
     * On a really full disk SQLite may end the transaction itself; the rollback and the return to
     * auto-commit then fail with "cannot commit - no transaction is active", which used to be the message.
     * Reproduced by ending the transaction the way SQLite does, then failing with its disk-full code.
     */
    @Test
    void aTransactionSqliteEndedItselfStillSaysTheDiskIsFull() throws Exception {
        Path file = dir.resolve("ended.db");
        try (Database db = Database.open(file)) {
            ActivityRepository repo = new ActivityRepository(db);
            repo.insert(RepositoryRoundTripTest.activity(7), "an");
            db.checkpoint();
            String before = StoreTestSupport.digest(file);

            assertThatThrownBy(() -> db.transaction(c -> {
                repo.insert(RepositoryRoundTripTest.activity(8), "an");
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
                throw new org.sqlite.SQLiteException("[SQLITE_FULL] database or disk is full",
                        org.sqlite.SQLiteErrorCode.SQLITE_FULL);
            })).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Không lưu được dữ liệu: ổ đĩa chứa").hasMessageContaining("đã đầy")
                    .hasMessageNotContaining("no transaction");
            assertThat(StoreTestSupport.digest(file)).isEqualTo(before);

            repo.insert(RepositoryRoundTripTest.activity(9), "an"); // the connection works on
        }
        assertThat(StoreTestSupport.count(file, "SELECT count(*) FROM activity")).isEqualTo(2);
    }

    private static void setMaxPages(Database db, String pages) {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                long n = pages.startsWith("(") ? count(s, pages) : Long.parseLong(pages);
                s.execute("PRAGMA max_page_count = " + n);
            }
            return null;
        });
    }

    private static long count(Statement s, String sql) throws java.sql.SQLException {
        try (var rs = s.executeQuery("SELECT " + sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
