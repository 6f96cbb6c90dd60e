package vn.atr.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import vn.atr.domain.Messages;

/**
 * The language of the command line: {@code --lang vi|en}, else ATR_LANG, else the system's (LC_ALL,
 * LC_MESSAGES, LANG); Vietnamese unless one of them says English (ADR 0075). It sets both the usage help
 * (the {@code i18n/cli} bundles, read by picocli) and the messages of the commands.
 */
final class CliLanguage {
    static final String BUNDLE = "i18n.cli";
    static final Locale ENGLISH = Locale.forLanguageTag("en");

    private CliLanguage() {
    }

    static Locale fromEnvironment() {
        String chosen = Environment.get(Environment.LANG);
        if (chosen != null) {
            return parse(chosen);
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = Environment.get(name);
            if (value != null) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : Messages.VIETNAMESE;
            }
        }
        return Messages.VIETNAMESE;
    }

    /**
     * The language a {@code --lang} among {@code args} asks for ({@code --lang en}, {@code --lang=en}, before or
     * after the command's name), read before the line is parsed so that its own errors are in that language; empty
     * when none is given or its value is not a language (the parse then says so).
     */
    static java.util.Optional<Locale> fromArguments(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                String language = value.strip().toLowerCase(Locale.ROOT);
                return language.startsWith("en") ? java.util.Optional.of(ENGLISH)
                        : language.startsWith("vi") ? java.util.Optional.of(Messages.VIETNAMESE)
                        : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code vi} or {@code en} (also {@code en_US}, {@code vi-VN}); anything else is a usage error. */
    static Locale parse(String tag) {
        String language = tag.strip().toLowerCase(Locale.ROOT);
        if (language.startsWith("en")) {
            return ENGLISH;
        }
        if (language.startsWith("vi")) {
            return Messages.VIETNAMESE;
        }
        throw new UsageException(Messages.get("cli.badLanguage", tag));
    }

    static void apply(CommandLine cli, Locale locale) {
        Messages.setLocale(locale);
        cli.setResourceBundle(bundle(locale));
    }

    /** The usage help bundle; the base file is Vietnamese, and the JVM's default locale is never consulted. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
