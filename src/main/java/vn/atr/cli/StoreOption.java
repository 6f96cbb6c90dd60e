package vn.atr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.access.AuthService;
import vn.atr.service.backup.BackupService;
import vn.atr.service.DataFolder;
import vn.atr.service.Services;

/**
 * The {@code --db FILE|postgresql://HOST:PORT/DATABASE} option every command takes (ADR 0100), and logging in: a store with users needs
 * {@code --user NAME} (or ATR_USER) and the password ({@code --password-file}, ATR_PASSWORD_FILE,
 * or typed). {@code --admin NAME} creates the first administrator of a store without users and
 * prints the recovery key once. A store without users stays in single-user mode.
 */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Tệp dữ liệu SQLite (mặc định: atr.db trong thư mục dữ liệu của người dùng), hoặc cơ sở dữ liệu"
                    + " PostgreSQL postgresql://MÁY_CHỦ:CỔNG/TÊN_CSDL (người dùng, mật khẩu: ATR_DB_USER, ATR_DB_PASSWORD_FILE hoặc pgpass).")
    String db;

    @Option(names = "--user", paramLabel = "NAME", description = "Tên đăng nhập (hoặc biến môi trường ATR_USER).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Tệp chứa mật khẩu ở dòng đầu (hoặc ATR_PASSWORD_FILE; nếu không có thì nhập tại bàn phím).")
    Path passwordFile;

    @Option(names = "--admin", paramLabel = "NAME",
            description = "Tạo quản trị viên đầu tiên cho tệp dữ liệu chưa có người dùng (mật khẩu từ --password-file).")
    String admin;

    /** Where the store is: {@code --db} (a file name or a postgresql:// address), else the data folder's file. */
    public String address() {
        return db != null ? db.strip() : DataFolder.defaultStore().toString();
    }

    /** {@code --db} as typed again in a command the user is told to run ("--db mau.db "); empty for the default store. */
    String asArgument() {
        if (db == null) {
            return "";
        }
        String a = db.strip();
        // a server address's "&" (sslmode=...&sslrootcert=...) would end the command in a shell, "?" glob; a "$"
        // would be expanded even inside double quotes
        if (a.matches(".*[$`].*") && !a.contains("'")) {
            return "--db '" + a + "' ";
        }
        return "--db " + (a.matches(".*[\\s&?;|<>()*!'$`].*") ? "\"" + a + "\"" : a) + " ";
    }

    private boolean onServer() {
        return Services.isServerAddress(address());
    }

    /** The SQLite file; only for a file store (see {@link #address()}). */
    public Path file() {
        if (onServer()) {
            throw new IllegalStateException("not a file store: " + address());
        }
        return Path.of(address());
    }

    /**
     * Backups and restores of a PostgreSQL store are the server's job (pg_dump): the command says so
     * and ends with {@link AtrCli#NOT_FOR_THIS_ENGINE} instead of failing obscurely.
     */
    Integer refuseServerStore() {
        if (!onServer()) {
            return null;
        }
        System.err.println("atr: " + Messages.get("backup.pg.serverJob", address()));
        return AtrCli.NOT_FOR_THIS_ENGINE;
    }

    /**
     * Opens an existing store and logs in as the options say. A missing file is refused rather
     * than created: a typo in {@code --db} must not silently give a report of zeros.
     */
    public Services open() {
        requireExisting();
        return openOrCreate();
    }

    /** Opens the store, creating it when the file does not exist yet (init, sample, generate, import). */
    public Services openOrCreate() {
        Services s = Services.open(address(), StoreOption::tell);
        try {
            s.openWarnings().forEach(System.err::println);
            authenticate(s);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Opens the existing store with nobody logged in (recovery with the recovery key). */
    Services openWithoutLogin() {
        requireExisting();
        return Services.open(address(), StoreOption::tell);
    }

    /**
     * An upgrade says so on the terminal before it starts, as the window's notice does: on a large store it takes
     * minutes, and a command stopped then must be run again. Any other open says nothing.
     */
    private static void tell(vn.atr.domain.OpenStep step) {
        if (step.kind() == vn.atr.domain.OpenStep.Kind.COPYING) {
            System.err.println("atr: " + Messages.get("startup.step.copying", step.detail()));
        } else if (step.kind() == vn.atr.domain.OpenStep.Kind.UPGRADING && step.done() == 1) {
            System.err.println("atr: " + (step.total() > 0 ? Messages.get("cli.upgrading", step.total())
                    : Messages.get("cli.upgradingUncounted")));
        }
    }

    private void requireExisting() {
        if (onServer()) {
            return; // the server says itself whether the database exists
        }
        Path file = file();
        if (!Files.exists(file) && Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new CliFailure(Messages.get("cli.storeMissing", file));
        }
    }

    private void authenticate(Services s) {
        AuthService auth = s.auth();
        if (admin != null && !auth.hasUsers()) {
            char[] password = PasswordInput.read(passwordFile, Messages.get("security.prompt.newAdministrator"));
            try {
                AuthService.FirstAdministrator first = auth.createFirstAdministrator(admin, password);
                System.out.println(Messages.get("security.adminCreated", admin));
                System.out.println("    " + first.recoveryKey());
                if (first.identitiesEncrypted() > 0) {
                    System.out.println(Messages.get("security.identitiesEncrypted", first.identitiesEncrypted()));
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            return;
        }
        if (!auth.hasUsers()) {
            return;
        }
        BackupService.Credentials login = credentials();
        try {
            auth.login(login.user(), login.password());
        } finally {
            Arrays.fill(login.password(), '\0');
        }
    }

    /**
     * Who the command runs as: {@code --user} (or {@code --admin}), else ATR_USER; the password from
     * {@code --password-file}, else ATR_PASSWORD_FILE, else typed. The caller clears the password.
     */
    BackupService.Credentials credentials() {
        String name = user != null ? user : admin != null ? admin : Environment.get(Environment.USER);
        if (name == null || name.isBlank()) {
            throw new CliFailure(Messages.get("security.userNeeded"));
        }
        try {
            return new BackupService.Credentials(name, PasswordInput.read(passwordFile,
                    Messages.get("security.prompt.password", name)));
        } catch (CliFailure e) {
            if (packageTookPasswordFile && passwordFile == null && Environment.get(Environment.PASSWORD_FILE) == null) {
                // "use --password-file" would point back to the option the package's password came in
                throw new CliFailure(Messages.get("security.loginBesidePackagePassword", name));
            }
            throw e;
        }
    }

    /** Set when --password-file carried an encrypted package's password: the login's then comes otherwise. */
    boolean packageTookPasswordFile;
}
