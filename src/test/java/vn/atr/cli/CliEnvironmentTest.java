package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.store.StoreTestSupport;

/**
 * ATR_USER and ATR_PASSWORD_FILE (for scripts): they log a command in, the options win over
 * them, and a missing or wrong one fails with one clear line. The environment is given through the
 * {@link Environment} seam, since a Java process cannot change its own.
 */
class CliEnvironmentTest {
    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>();
    private String db;
    private String adminPw;
    private String compilerPw;

    @BeforeEach
    void storeWithAnAdministratorAndACompiler() throws Exception {
        Environment.use(env::get);
        db = dir.resolve("s.db").toString();
        adminPw = Files.writeString(dir.resolve("admin.pw"), "quan-tri-2026!\n").toString();
        compilerPw = Files.writeString(dir.resolve("hoa.pw"), "tong-hop-2026!\n").toString();
        assertThat(atr("init", "--db", db, "--admin", "admin", "--password-file", adminPw).exit()).isZero();
        assertThat(atr("user", "add", "hoa", "--role", "COMPILER", "--new-password-file", compilerPw, "--db", db,
                "--user", "admin", "--password-file", adminPw).exit()).isZero();
    }

    @AfterEach
    void realEnvironmentAgain() {
        Environment.use(null);
    }

    @Test
    void theVariablesLogACommandIn() throws Exception {
        env.put("ATR_USER", "hoa");
        env.put("ATR_PASSWORD_FILE", compilerPw);
        CliTest.Run summary = atr("summary", "--db", db, "--year", "2023");
        assertThat(summary.exit()).as(summary.err()).isZero();
        assertThat(StoreTestSupport.count(Path.of(db),
                "SELECT count(*) FROM audit_log WHERE action = 'login' AND user_name = 'hoa'")).isEqualTo(1);
        // the compiler may not list users: the variables log in as hoa, not as anyone else
        CliTest.Run users = atr("user", "list", "--db", db);
        assertThat(users.exit()).isEqualTo(1);
        assertThat(users.err()).startsWith("atr: ").contains("hoa");
    }

    @Test
    void theOptionsWinOverTheVariables() {
        env.put("ATR_USER", "hoa");
        env.put("ATR_PASSWORD_FILE", compilerPw);
        CliTest.Run users = atr("user", "list", "--db", db, "--user", "admin", "--password-file", adminPw);
        assertThat(users.exit()).as(users.err()).isZero();
        assertThat(users.out()).contains("hoa").contains("ADMINISTRATOR");
        env.put("ATR_USER", "admin");
        env.put("ATR_PASSWORD_FILE", adminPw);
        CliTest.Run asCompiler = atr("user", "list", "--db", db, "--user", "hoa", "--password-file", compilerPw);
        assertThat(asCompiler.exit()).isEqualTo(1); // hoa, from the options, is not the administrator
    }

    @Test
    void missingOrWrongVariablesFailWithOneClearLine() throws Exception {
        CliTest.Run nobody = atr("summary", "--db", db, "--year", "2023");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err().strip()).startsWith("atr: ").contains("ATR_USER").doesNotContain("\n");

        env.put("ATR_USER", "hoa");
        env.put("ATR_PASSWORD_FILE", dir.resolve("missing.pw").toString());
        CliTest.Run missing = atr("summary", "--db", db, "--year", "2023");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("atr: Không đọc được tệp mật khẩu").doesNotContain("\n");

        env.put("ATR_PASSWORD_FILE", adminPw);
        CliTest.Run wrong = atr("summary", "--db", db, "--year", "2023");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("atr: Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(wrong.err()).doesNotContain("quan-tri-2026");
        assertThat(StoreTestSupport.count(Path.of(db),
                "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND user_name = 'hoa'")).isEqualTo(1);
    }

    @Test
    void aRestoreTakesTheAdministratorFromTheVariables() throws Exception {
        String backup = dir.resolve("b.db").toString();
        assertThat(atr("backup", "--db", db, "--out", backup, "--user", "admin", "--password-file", adminPw).exit())
                .isZero();
        env.put("ATR_USER", "hoa");
        env.put("ATR_PASSWORD_FILE", compilerPw);
        CliTest.Run refused = atr("restore", backup, "--db", db, "--yes");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("atr: ").contains("hoa");
        env.put("ATR_USER", "admin");
        env.put("ATR_PASSWORD_FILE", adminPw);
        CliTest.Run restored = atr("restore", backup, "--db", db, "--yes");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(StoreTestSupport.count(Path.of(db),
                "SELECT count(*) FROM audit_log WHERE action = 'restore' AND user_name = 'admin'")).isEqualTo(1);
    }
}
