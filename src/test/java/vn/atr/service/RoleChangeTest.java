package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.MANAGER_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.access.Role;
import vn.atr.store.StoreTestSupport;

/**
 * An administrator gives an account another role (and unit) with a new password: the keys the new role holds are
 * wrapped under it, the account's seal is made again, the old password stops working, and everything is audited.
 */
class RoleChangeTest {
    private static final char[] NEW_PW = "vai-tro-moi-2026!".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aManagerBecomesACompilerWhoReadsIdentitiesThenCommuneStaffOfAUnit() throws Exception {
        Path db = dir.resolve("atr.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
            String before = StoreTestSupport.digest(db);
            assertThatThrownBy(() -> s.users().changeRole("admin", Role.COMPILER, null, pw(NEW_PW)))
                    .hasMessageContaining("chính mình");
            assertThatThrownBy(() -> s.users().changeRole("lan", Role.MANAGER, null, pw(NEW_PW)))
                    .hasMessageContaining("đã có vai trò");
            assertThatThrownBy(() -> s.users().changeRole("lan", Role.COMMUNE_STAFF, null, pw(NEW_PW)))
                    .hasMessageContaining("đơn vị");
            assertThat(StoreTestSupport.digest(db)).as("refusals change nothing").isEqualTo(before);
            s.users().changeRole("lan", Role.COMPILER, null, pw(NEW_PW));
        }
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("lan", pw(MANAGER_PW))).isInstanceOf(AccessDeniedException.class);
        }
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(NEW_PW));
            assertThat(s.session().role()).isEqualTo(Role.COMPILER);
            assertThat(s.session().dataKey()).as("a compiler holds the data key").isNotNull();
            assertThat(s.session().mayReadIdentifiers()).isTrue();
        }
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            s.users().changeRole("lan", Role.COMMUNE_STAFF, "305", pw(NEW_PW));
            assertThat(s.audit().list(null, "user.role", 10)).extracting(AuditEntry::detail)
                    .containsExactly("role COMPILER -> COMMUNE_STAFF, unit 305", "role MANAGER -> COMPILER");
            assertThat(s.audit().verify().intact()).isTrue();
        }
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(NEW_PW));
            assertThat(s.session().role()).isEqualTo(Role.COMMUNE_STAFF);
            assertThat(s.session().mayTouchUnit("305")).isTrue();
            assertThat(s.session().mayTouchUnit("306")).isFalse();
        }
    }
}
