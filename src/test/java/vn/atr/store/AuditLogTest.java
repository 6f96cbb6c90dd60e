package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.access.AuditCheck;
import vn.atr.domain.access.AuditEntry;

/** The audit log: written by the record store itself, append-only, and tamper-evident. */
class AuditLogTest implements EngineUnderTest {
    @TempDir
    Path dir;

    @Test
    void createUpdateDeleteAndBatchesAreLoggedWithVersions() {
        try (Database db = Database.open(store(dir.resolve("a.db")))) {
            ActivityRepository repo = new ActivityRepository(db);
            Activity a = repo.insert(RepositoryRoundTripTest.activity(10), "an");
            Activity b = repo.update(a, "binh");
            repo.softDelete(b.meta().id(), "chi");
            repo.insertAll(List.of(RepositoryRoundTripTest.activity(1), RepositoryRoundTripTest.activity(2)), "gen");

            List<AuditEntry> log = db.audit().list(null, null, 10);
            assertThat(log).extracting(AuditEntry::action).containsExactly("create.batch", "delete", "update", "create");
            assertThat(log).extracting(AuditEntry::user).containsExactly("gen", "chi", "binh", "an");
            assertThat(log.get(2).versionBefore()).isEqualTo(1L);
            assertThat(log.get(2).versionAfter()).isEqualTo(2L);
            assertThat(log.get(1).versionAfter()).isEqualTo(3L);
            assertThat(log.get(3).recordId()).isEqualTo(a.meta().id());
            assertThat(log.get(0).detail()).startsWith("2 records, ids sha256 ");
            assertThat(db.audit().verify()).isEqualTo(new AuditCheck(4, null, null));
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        try (Database db = Database.open(store(dir.resolve("a.db")))) {
            ActivityRepository repo = new ActivityRepository(db);
            assertThatThrownBy(() -> db.runInTransaction(() -> {
                repo.insert(RepositoryRoundTripTest.activity(10), "an");
                throw new IllegalStateException("abandoned");
            })).hasMessage("abandoned");
            assertThat(db.audit().list(null, null, 10)).isEmpty();
        }
    }

    /** Entries appended in one transaction follow one another; a rolled-back one leaves the next to follow the chain. */
    @Test
    void entriesOfOneTransactionChainAndARolledBackOneIsNotFollowed() {
        try (Database db = Database.open(store(dir.resolve("a.db")))) {
            db.runInTransaction(() -> {
                for (int i = 0; i < 5; i++) {
                    db.audit().append("an", "import", "package", "p" + i, null, null, "package " + i);
                }
            });
            assertThatThrownBy(() -> db.runInTransaction(() -> {
                db.audit().append("an", "import", "package", "lost", null, null, null);
                db.audit().append("an", "import", "package", "lost too", null, null, null);
                throw new IllegalStateException("abandoned");
            })).hasMessage("abandoned");
            db.runInTransaction(() -> db.audit().append("binh", "import", "package", "p5", null, null, null));
            db.audit().append("chi", "login", "user", "chi", null, null, null);

            assertThat(db.audit().list(null, null, 10)).extracting(AuditEntry::recordId)
                    .containsExactly("chi", "p5", "p4", "p3", "p2", "p1", "p0");
            assertThat(db.audit().verify()).isEqualTo(new AuditCheck(7, null, null));
        }
    }

    @Test
    void updatesAndDeletesOfTheLogAreRefusedAndEditsAroundTheTriggersAreDetected() throws Exception {
        Path file = dir.resolve("a.db");
        try (Database db = Database.open(store(file))) {
            ActivityRepository repo = new ActivityRepository(db);
            for (int i = 0; i < 3; i++) {
                repo.insert(RepositoryRoundTripTest.activity(i), "an");
            }
        }
        try (Connection c = StoreTestSupport.connect(file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET user_name = 'x' WHERE seq = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log WHERE seq = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            // someone with the file drops the trigger, edits one row, and puts the trigger back
            behindTheTrigger(s, "audit_log_no_update", "UPDATE audit_log SET user_name = 'someone-else' WHERE seq = 2");
        }
        try (Database db = Database.open(store(file))) {
            AuditCheck check = db.audit().verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenSeq()).isEqualTo(2L);
            assertThat(check.reason()).isEqualTo("content");
        }
    }

    /** Runs {@code sql} with the append-only {@code trigger} out of the way, as someone holding the file could. */
    void behindTheTrigger(Statement s, String trigger, String sql) throws SQLException {
        String body = trigger.endsWith("update") ? "UPDATE" : "DELETE";
        s.execute("DROP TRIGGER " + trigger);
        s.executeUpdate(sql);
        s.execute("CREATE TRIGGER " + trigger + " BEFORE " + body + " ON audit_log"
                + " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
    }

    @Test
    void aRemovedEntryIsDetected() throws Exception {
        Path file = dir.resolve("a.db");
        try (Database db = Database.open(store(file))) {
            ActivityRepository repo = new ActivityRepository(db);
            for (int i = 0; i < 3; i++) {
                repo.insert(RepositoryRoundTripTest.activity(i), "an");
            }
        }
        try (Connection c = StoreTestSupport.connect(file); Statement s = c.createStatement()) {
            behindTheTrigger(s, "audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 2");
        }
        try (Database db = Database.open(store(file))) {
            assertThat(db.audit().verify().firstBrokenSeq()).isEqualTo(2L);
        }
    }
}
