package vn.atr.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CryptoTest {
    @Test
    void fieldsRoundTripAndAreBoundToTheirPlace() {
        DataKey key = DataKey.random();
        String ct = key.encrypt("Nguyễn Thị Hoa", "victim_identity/1/full_name");
        assertThat(ct).doesNotContain("Hoa");
        assertThat(key.encrypt("Nguyễn Thị Hoa", "victim_identity/1/full_name")).isNotEqualTo(ct); // random nonce
        assertThat(key.decrypt(ct, "victim_identity/1/full_name")).isEqualTo("Nguyễn Thị Hoa");
        assertThatThrownBy(() -> key.decrypt(ct, "victim_identity/2/full_name")).isInstanceOf(KeyMismatchException.class);
        assertThatThrownBy(() -> DataKey.random().decrypt(ct, "victim_identity/1/full_name"))
                .isInstanceOf(KeyMismatchException.class);
        assertThat(key.encrypt(null, "x")).isNull();
    }

    @Test
    void wrappingAndTheRecoveryKeyText() {
        DataKey data = DataKey.random();
        RecoveryKey.Generated recovery = RecoveryKey.generate();
        assertThat(recovery.text()).matches("([0-9A-F]{4}-){15}[0-9A-F]{4}");
        String wrapped = data.wrapWith(recovery.key());
        DataKey back = RecoveryKey.parse(recovery.text().toLowerCase()).unwrap(wrapped);
        String ct = data.encrypt("079301012345", "a");
        assertThat(back.decrypt(ct, "a")).isEqualTo("079301012345");
        assertThatThrownBy(() -> RecoveryKey.parse("not a key")).isInstanceOf(KeyMismatchException.class);
        assertThatThrownBy(() -> DataKey.random().unwrap(wrapped)).isInstanceOf(KeyMismatchException.class);
    }

    @Test
    void passwordDerivationIsSaltedDeterministicAndRefusesWeakSettings() {
        byte[] salt = PasswordHasher.newSalt();
        PasswordHasher.Derived a = PasswordHasher.derive("mat-khau-dai".toCharArray(), salt, PasswordHasher.MIN_ITERATIONS);
        PasswordHasher.Derived b = PasswordHasher.derive("mat-khau-dai".toCharArray(), salt, PasswordHasher.MIN_ITERATIONS);
        assertThat(PasswordHasher.matches(a.verifier(), b.verifier())).isTrue();
        String ct = a.keyEncryptionKey().encrypt("x", "y");
        assertThat(b.keyEncryptionKey().decrypt(ct, "y")).isEqualTo("x");
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThatThrownBy(() -> PasswordHasher.derive("p".toCharArray(), salt, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(salt).isNotEqualTo(PasswordHasher.newSalt());
    }
}
