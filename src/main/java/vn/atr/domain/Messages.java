package vn.atr.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one resource bundle of ATR ({@code i18n/messages*.properties}): Vietnamese by default,
 * English second. Every layer formats its user-facing text through here.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static volatile Locale locale = VIETNAMESE;

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale l) {
        // The base file is Vietnamese; never fall back to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(String key, Object... args) {
        return format(locale, key, args);
    }

    public static String format(Locale l, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(l).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, l).format(args);
    }
}
