package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large store that ATR closed cleanly is not read whole again at the next open, unless anything about it changed,
 * a day has passed, or it was not closed cleanly; a damaged file is still refused. The size from which the full
 * check may be skipped is lowered to nothing here, so that small test stores stand for large ones.
 */
class IntegrityStampTest {
    @TempDir
    Path dir;

    @BeforeEach
    void everyStoreCountsAsLarge() {
        System.setProperty("atr.store.alwaysCheckBelow", "0");
    }

    @AfterEach
    void restore() {
        System.clearProperty("atr.store.alwaysCheckBelow");
    }

    @Test
    void aLargeStoreClosedCleanlyIsOpenedWithoutReadingItWhole() {
        Path file = dir.resolve("atr.db");
        try (Database created = Database.open(file)) {
            assertThat(created.fullCheckAtOpen()).isTrue();
        }
        try (Database again = Database.open(file)) {
            assertThat(again.fullCheckAtOpen()).isFalse();
        }
        try (Database third = Database.open(file)) { // the stamp carries the time of the last full check on
            assertThat(third.fullCheckAtOpen()).isFalse();
        }
    }

    @Test
    void aSmallStoreIsReadWholeAtEveryOpen() {
        System.clearProperty("atr.store.alwaysCheckBelow");
        Path file = dir.resolve("ward.db");
        Database.open(file).close();
        try (Database again = Database.open(file)) {
            assertThat(again.fullCheckAtOpen()).isTrue();
        }
        assertThat(StoreLock.lockFile(file)).isEmptyFile(); // nothing to vouch for: nothing written at close
    }

    @Test
    void damageAfterACleanCloseIsStillRefused() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        long page = StoreTestSupport.count(file, "SELECT rootpage FROM sqlite_master WHERE name = 'exchange_conflict'");
        long size = StoreTestSupport.count(file, "PRAGMA page_size");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((page - 1) * size);
            f.write(new byte[] {0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreDamagedException.class);
    }

    @Test
    void aWriteByAnotherProgramBringsTheFullCheckBack() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        try (Connection c = StoreTestSupport.connect(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO setting (key, value) VALUES ('written.elsewhere', 'yes')");
        }
        try (Database again = Database.open(file)) {
            assertThat(again.fullCheckAtOpen()).isTrue();
        }
    }

    @Test
    void anOpenStoreLeavesNoStampSoACrashMeansAFullCheck() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        assertThat(Files.readString(StoreLock.lockFile(file))).startsWith("atr-integrity-stamp");
        try (Database open = Database.open(file)) {
            // were the process killed now, this is what the next open would find
            assertThat(Files.size(StoreLock.lockFile(file))).isZero();
        }
    }

    @Test
    void aFullCheckComesBackOnceADay() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        Path lock = StoreLock.lockFile(file);
        IntegrityStamp stamp = IntegrityStamp.parse(Files.readString(lock)).orElseThrow();
        IntegrityStamp dayOld = new IntegrityStamp(stamp.file(), Instant.now().minus(Duration.ofHours(25)));
        Files.writeString(lock, dayOld.text(), StandardCharsets.UTF_8);
        try (Database again = Database.open(file)) {
            assertThat(again.fullCheckAtOpen()).isTrue();
        }
        try (Database next = Database.open(file)) { // checked just now: the day starts again
            assertThat(next.fullCheckAtOpen()).isFalse();
        }
    }

    @Test
    void aCopyWithItsLockFileElsewhereIsReadWhole() throws Exception {
        Path file = dir.resolve("atr.db");
        Database.open(file).close();
        Path copy = Files.createDirectories(dir.resolve("usb")).resolve("atr.db");
        Files.copy(file, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(StoreLock.lockFile(file), StoreLock.lockFile(copy));
        try (Database opened = Database.open(copy)) {
            assertThat(opened.fullCheckAtOpen()).isTrue();
        }
    }

    @Test
    void anUnreadableStampIsNoStamp() {
        assertThat(IntegrityStamp.parse("")).isEmpty();
        assertThat(IntegrityStamp.parse("atr-integrity-stamp 1\nsize=1\nlastFullCheck=yesterday\n")).isEmpty();
        assertThat(IntegrityStamp.parse("atr-integrity-stamp 1\nlastFullCheck=2026-12-04T08:00:00Z\n")).isEmpty();
        assertThat(IntegrityStamp.parse("something else\nsize=1\n")).isEmpty();
    }
}
