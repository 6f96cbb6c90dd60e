package vn.atr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import vn.atr.domain.Messages;

/**
 * Where the user name and password of a PostgreSQL connection come from (ADR 0100), in one place for
 * connecting and for telling the user: {@value StoreLocation#USER_VARIABLE} and the file named by
 * {@value StoreLocation#PASSWORD_FILE_VARIABLE}; without them the driver's defaults, the computer's login
 * name and the pgpass file ({@code PGPASSFILE}, else {@code ~/.pgpass} or {@code %APPDATA%\postgresql\pgpass.conf}).
 * Nothing here is ever written anywhere: the window shows the sources, never a password.
 */
public record ServerCredentials(Optional<String> user, Optional<Path> passwordFile, Path pgpass) {
    /** Where the variables are read: the process's environment (tests of this package set their own). */
    private static volatile UnaryOperator<String> environment = System::getenv;

    /** The sources as this process's environment gives them. */
    public static ServerCredentials fromEnvironment() {
        return of(environment);
    }

    /** Reads the variables from {@code env} instead of the environment ({@code null}: the environment again). */
    static void useEnvironment(UnaryOperator<String> env) {
        environment = env == null ? System::getenv : env;
    }

    /** The sources as {@code env} gives them (tests pass their own). */
    public static ServerCredentials of(UnaryOperator<String> env) {
        Optional<String> user = present(env.apply(StoreLocation.USER_VARIABLE));
        Optional<Path> passwordFile = present(env.apply(StoreLocation.PASSWORD_FILE_VARIABLE)).map(Path::of);
        return new ServerCredentials(user, passwordFile, pgpass(env));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The pgpass file pgjdbc reads when no password is given (its own rule). */
    private static Path pgpass(UnaryOperator<String> env) {
        Optional<String> named = present(env.apply("PGPASSFILE"));
        if (named.isPresent()) {
            return Path.of(named.get());
        }
        String appData = env.apply("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    /** The driver's connection properties: the user and password when given, else the driver's defaults apply. */
    Properties properties() {
        Properties p = new Properties();
        user.ifPresent(u -> p.setProperty("user", u));
        passwordFile.ifPresent(f -> {
            String password;
            try {
                password = Files.readString(f).strip();
            } catch (java.nio.file.NoSuchFileException e) {
                throw new StoreException(Messages.get("store.pg.passwordFileMissing", f), e);
            } catch (IOException e) {
                throw new StoreException(Messages.get("store.pg.passwordFile", f, e.getMessage()), e);
            }
            if (password.isEmpty()) { // the driver would say the server does not answer
                throw new StoreException(Messages.get("store.pg.passwordFileEmpty", f));
            }
            p.setProperty("password", password);
        });
        p.setProperty("ApplicationName", "ATR");
        // A bounded wait for the connection (a server that takes it and never answers hung ATR), and keepalives
        // that end a connection whose network went away; the address's own parameters win over these.
        p.setProperty("connectTimeout", "10");
        p.setProperty("loginTimeout", "20");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** The user name the server will see: the variable's, else the computer's login name (pgjdbc's default). */
    public String effectiveUser() {
        return user.orElse(System.getProperty("user.name", ""));
    }

    /**
     * In the user's language, which user and which password source a connection uses, e.g. "Người dùng: atr
     * (biến ATR_DB_USER). Mật khẩu: tệp /home/x/db-password (biến ATR_DB_PASSWORD_FILE)."
     */
    public String describe() {
        String who = user.isPresent()
                ? Messages.get("store.pg.credentials.userVariable", user.get(), StoreLocation.USER_VARIABLE)
                : Messages.get("store.pg.credentials.userLogin", effectiveUser(), StoreLocation.USER_VARIABLE);
        String password;
        if (passwordFile.isPresent()) {
            password = Messages.get(Files.isReadable(passwordFile.get()) ? "store.pg.credentials.passwordFile"
                    : "store.pg.credentials.passwordFileMissing", passwordFile.get(), StoreLocation.PASSWORD_FILE_VARIABLE);
        } else {
            password = Messages.get(Files.isRegularFile(pgpass) ? "store.pg.credentials.pgpass"
                    : "store.pg.credentials.pgpassMissing", pgpass, StoreLocation.PASSWORD_FILE_VARIABLE);
        }
        return who + " " + password;
    }
}
