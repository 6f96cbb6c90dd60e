package vn.atr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The one password cipher of backups and packages: one iteration count for new files, the count of
 * each old file read from its header (a backup written before the cipher was shared still opens),
 * counts below the floor refused, and the associated data bound to the ciphertext.
 */
class PasswordCipherTest {
    private static final Path LEGACY_BACKUP = Path.of("src/test/resources/legacy/backup-encrypted.atrbak");
    private static final char[] LEGACY_PASSWORD = "mật khẩu sao lưu cũ".toCharArray();

    @Test
    void aBackupWrittenBeforeTheCipherWasSharedStillOpens() throws Exception {
        byte[] file = Files.readAllBytes(LEGACY_BACKUP);
        assertThat(ByteBuffer.wrap(file, 8, 4).getInt()).isEqualTo(310_000).isGreaterThanOrEqualTo(
                PasswordCipher.MIN_ITERATIONS);
        byte[] store = BackupCipher.decrypt(file, LEGACY_PASSWORD);
        assertThat(new String(store, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        assertThatThrownBy(() -> BackupCipher.decrypt(file, "sai mật khẩu".toCharArray()))
                .isInstanceOf(BackupCipher.BadPasswordException.class);
    }

    @Test
    void newBackupsUseTheCurrentCountAndRoundTrip() throws Exception {
        byte[] plain = "dữ liệu".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = BackupCipher.encrypt(plain, "mat-khau-dai-10".toCharArray());
        assertThat(ByteBuffer.wrap(sealed, 8, 4).getInt()).isEqualTo(PasswordCipher.ITERATIONS).isEqualTo(600_000);
        assertThat(BackupCipher.decrypt(sealed, "mat-khau-dai-10".toCharArray())).isEqualTo(plain);
    }

    @Test
    void aCountBelowTheFloorIsRefusedBeforeAnyWork() {
        byte[] sealed = BackupCipher.encrypt(new byte[] {1, 2, 3}, "mat-khau-dai-10".toCharArray());
        ByteBuffer.wrap(sealed, 8, 4).putInt(1);
        assertThatThrownBy(() -> BackupCipher.decrypt(sealed, "mat-khau-dai-10".toCharArray()))
                .isInstanceOf(BackupCipher.BadPasswordException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(PasswordCipher.acceptsIterations(PasswordCipher.MIN_ITERATIONS - 1)).isFalse();
        assertThat(PasswordCipher.acceptsIterations(PasswordCipher.MAX_ITERATIONS + 1)).isFalse();
    }

    @Test
    void theAssociatedDataIsBoundToTheCiphertext() {
        byte[] plain = "gói".getBytes(StandardCharsets.UTF_8);
        char[] pw = "mat-khau-dai-10".toCharArray();
        PasswordCipher.Sealed s = PasswordCipher.seal(plain, pw, "ban-ke-1".getBytes(StandardCharsets.UTF_8));
        assertThat(PasswordCipher.open(s, pw, "ban-ke-1".getBytes(StandardCharsets.UTF_8))).isEqualTo(plain);
        assertThatThrownBy(() -> PasswordCipher.open(s, pw, "ban-ke-2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KeyMismatchException.class);
        byte[] flipped = Arrays.copyOf(s.ciphertext(), s.ciphertext().length);
        flipped[0] ^= 1;
        assertThatThrownBy(() -> PasswordCipher.open(new PasswordCipher.Sealed(s.iterations(), s.salt(), s.nonce(),
                flipped), pw, "ban-ke-1".getBytes(StandardCharsets.UTF_8))).isInstanceOf(KeyMismatchException.class);
    }

    @Test
    void ed25519SignaturesAndFingerprints() {
        Ed25519.Keys k = Ed25519.generate();
        byte[] data = "bản kê".getBytes(StandardCharsets.UTF_8);
        byte[] sig = Ed25519.sign(k.privateKey(), data);
        assertThat(Ed25519.verify(k.publicKey(), data, sig)).isTrue();
        assertThat(Ed25519.verify(Ed25519.generate().publicKey(), data, sig)).isFalse();
        assertThat(Ed25519.verify(k.publicKey(), "bản kê khác".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
        String fp = Ed25519.fingerprint(k.publicKey());
        assertThat(fp).matches("([0-9A-F]{4}-){7}[0-9A-F]{4}");
        assertThat(Ed25519.normalise(fp.toLowerCase().replace("-", " "))).isEqualTo(fp);
        assertThat(Sha256.hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
