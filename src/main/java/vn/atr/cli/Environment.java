package vn.atr.cli;

import java.util.function.UnaryOperator;

/**
 * The environment variables the command line reads ({@code ATR_USER}, {@code ATR_PASSWORD_FILE}, the
 * language and the display),
 * behind one seam so the in-process tests can give a command an environment without touching the
 * real one (Java cannot set environment variables of its own process).
 */
final class Environment {
    static final String USER = "ATR_USER";
    static final String PASSWORD_FILE = "ATR_PASSWORD_FILE";
    static final String LANG = "ATR_LANG";
    private static volatile UnaryOperator<String> lookup = System::getenv;

    private Environment() {
    }

    /** The variable's value, or null when unset or blank. */
    static String get(String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Tests only: replaces the environment; {@code null} restores the process's own. */
    static void use(UnaryOperator<String> environment) {
        lookup = environment == null ? System::getenv : environment;
    }
}
