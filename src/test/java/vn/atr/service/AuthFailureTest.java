package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.access.Role;
import vn.atr.store.StoreTestSupport;
import vn.atr.service.access.AuthService;

/** Bad input at login and in user management: clear message, nothing changed, the failure audited. */
class AuthFailureTest {
    @TempDir
    Path dir;

    private Path storeWithAdminAndCompiler() {
        Path db = dir.resolve("atr.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
        }
        return db;
    }

    @Test
    void wrongPasswordUnknownUserAndEmptyPasswordAreRefusedAndAudited() throws Exception {
        Path db = storeWithAdminAndCompiler();
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("hoa", "not-the-password".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Tên đăng nhập hoặc mật khẩu không đúng")
                    .hasMessageNotContaining("not-the-password");
            assertThatThrownBy(() -> s.auth().login("nobody", pw(COMPILER_PW)))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
            // an empty password gets the same answer as a wrong one (nothing tells which accounts exist)
            assertThatThrownBy(() -> s.auth().login("hoa", new char[0]))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
            assertThat(s.session().isLoggedIn()).isFalse();
        }
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.audit().list(null, "login.failed", 10)).extracting(AuditEntry::user)
                    .containsExactly("hoa", "nobody", "hoa");
            assertThat(s.users().list()).filteredOn(u -> u.name().equals("hoa")).singleElement()
                    .extracting(u -> u.failedLogins()).isEqualTo(1);
            assertThat(s.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAcrossRestarts() {
        Path db = storeWithAdminAndCompiler();
        try (Services s = Services.open(db)) {
            for (int i = 0; i < AuthService.FREE_FAILURES; i++) {
                assertThatThrownBy(() -> s.auth().login("hoa", "wrong-password-x".toCharArray()))
                        .hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
            }
        }
        try (Services s = Services.open(db)) {
            // the right password does not help while the delay runs; the refusal reads like any other,
            // and the audit log says why
            assertThatThrownBy(() -> s.auth().login("hoa", pw(COMPILER_PW)))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        assertThat(AuthService.delayAfter(3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(AuthService.delayAfter(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(AuthService.delayAfter(40)).isEqualTo(AuthService.MAX_DELAY);
    }

    @Test
    void disabledUserCannotLogIn() {
        Path db = storeWithAdminAndCompiler();
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThatThrownBy(() -> s.users().disable("admin")).hasMessageContaining("chính mình");
            s.users().disable("hoa");
        }
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("hoa", pw(COMPILER_PW)))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Tên đăng nhập hoặc mật khẩu không đúng");
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.audit().list("hoa", "login.failed", 5)).singleElement()
                    .extracting(AuditEntry::detail).isEqualTo("disabled");
        }
    }

    @Test
    void emptyOrShortPasswordsAndBadNamesChangeNothing() throws Exception {
        Path db = storeWithAdminAndCompiler();
        String before = StoreTestSupport.digest(db);
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            String afterLogin = StoreTestSupport.digest(db);
            assertThatThrownBy(() -> s.users().add("lan", Role.MANAGER, null, "short".toCharArray()))
                    .hasMessage("Mật khẩu quá ngắn: cần ít nhất 10 ký tự");
            assertThatThrownBy(() -> s.users().add("lan", Role.MANAGER, null, new char[0])).hasMessage("Mật khẩu trống");
            assertThatThrownBy(() -> s.users().add("bad name!", Role.MANAGER, null, pw(COMPILER_PW)))
                    .hasMessageContaining("bad name!");
            assertThatThrownBy(() -> s.users().add("xa", Role.COMMUNE_STAFF, "99999", pw(COMPILER_PW)))
                    .hasMessageContaining("99999");
            assertThatThrownBy(() -> s.users().add("hoa", Role.MANAGER, null, pw(COMPILER_PW)))
                    .hasMessageContaining("đã tồn tại");
            assertThatThrownBy(() -> s.users().changePassword("hoa", "short".toCharArray()))
                    .hasMessageContaining("quá ngắn");
            assertThat(StoreTestSupport.digest(db)).isEqualTo(afterLogin);
            assertThat(afterLogin).isNotEqualTo(before); // the login itself is audited
        }
        try (Services s = Services.open(dir.resolve("fresh.db"))) {
            assertThatThrownBy(() -> s.auth().createFirstAdministrator("admin", "short".toCharArray()))
                    .hasMessageContaining("quá ngắn");
            assertThat(s.auth().hasUsers()).isFalse();
            assertThat(s.session().isSingleUser()).isTrue();
        }
    }
}
