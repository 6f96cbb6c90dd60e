package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.Role;

/**
 * A login writes an account's first copy of the signing key only while the account is as the login read it: a
 * password reset or a disabling made meanwhile by an administrator (another user of a server store) keeps what it
 * wrote, instead of being overwritten by a copy under the old password.
 */
class SigningGrantTest implements EngineUnderTest {
    private static final byte[] OLD = {1, 2, 3};
    private static final byte[] NEW = {4, 5, 6};

    @TempDir
    Path dir;

    @Test
    void aLoginsCopyNeverOverwritesWhatAResetOrADisablingWroteMeanwhile() {
        try (Database db = Database.open(store(dir.resolve("grant.db")))) {
            UserRepository users = new UserRepository(db);
            users.insert(new StoredUser("xa", Role.COMMUNE_STAFF, "305", new byte[16], 600_000, OLD, null, false, 0,
                    null, Instant.now()));
            assertThat(users.addSigningGrant("xa", "copy-1", OLD)).isTrue();
            assertThat(users.addSigningGrant("xa", "copy-2", OLD)).as("a copy is there already").isFalse();
            assertThat(grant(users)).isEqualTo("copy-1");

            StoredUser reset = users.find("xa").orElseThrow().withCredentials(new byte[16], 600_000, NEW, null)
                    .withSigningGrant("copy-under-new-password");
            users.setSigningGrant("xa", null); // the login read the account without a copy...
            users.updateCredentials(reset); // ...then an administrator reset the password and granted again
            assertThat(users.addSigningGrant("xa", "copy-under-old-password", OLD)).isFalse();
            assertThat(grant(users)).isEqualTo("copy-under-new-password");

            users.updateCredentials(reset.withSigningGrant(null));
            users.setDisabled(users.find("xa").orElseThrow().withDisabled(true));
            assertThat(users.addSigningGrant("xa", "copy-for-a-disabled-account", NEW)).isFalse();
            assertThat(grant(users)).isNull();
        }
    }

    private static String grant(UserRepository users) {
        return users.find("xa").orElseThrow().signingGrant();
    }
}
