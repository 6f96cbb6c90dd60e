package vn.atr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers of the text consistency tests (UI messages, report text, command line help). */
public final class BundleKeys {
    private BundleKeys() {
    }

    /** The keys of a UTF-8 properties resource on the class path. */
    public static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeys.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Adds group 1 of every match of {@code p} in {@code text}. */
    public static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** The elements of {@code a} not in {@code b}, sorted. */
    public static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
