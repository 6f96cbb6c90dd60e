package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.BundleKeys.collect;
import static vn.atr.BundleKeys.difference;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one bundle stays consistent: both languages have the same keys, every key the code or an
 * FXML view uses exists, and no key is left unused. A key counts as used when its full text
 * appears as a string literal in the Java sources, as {@code %key} in an FXML view, or, for the
 * keys built at run time, when its suffix names something real: {@code field.X} where "X" is a
 * literal (a validated field), {@code enum.Type.CONSTANT} of a domain enum, {@code summary.X} of a
 * {@code Summary} component, {@code permission.X} and {@code role.X} of those enums.
 */
class MessagesConsistencyTest {
    private static final Path MAIN = Path.of("src/main");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern SIMPLE_LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern MESSAGE_CALL = Pattern.compile(
            "(?:Messages\\.(?:get|format)\\((?:[a-zA-Z.]+, )?|new Violation\\(\"[A-Za-z]+\", )\"([A-Za-z0-9_.]+)\"");

    private static final String FORMERLY = ".formerly";
    private static Set<String> vi;
    private static Set<String> en;
    private static Set<String> javaLiterals = new HashSet<>();
    private static Set<String> simpleLiterals = new HashSet<>();
    private static Set<String> fxmlKeys = new HashSet<>();
    private static Set<String> calledKeys = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        vi = keys("/i18n/messages.properties");
        en = keys("/i18n/messages_en.properties");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".java")) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    collect(LITERAL, text, javaLiterals);
                    collect(SIMPLE_LITERAL, text, simpleLiterals);
                    collect(MESSAGE_CALL, text, calledKeys);
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(f, StandardCharsets.UTF_8), fxmlKeys);
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        // a choice's earlier Vietnamese label, read by the workbook import only (ChoiceList.of): no English one
        Set<String> viShown = new TreeSet<>(vi);
        viShown.removeIf(k -> k.endsWith(FORMERLY) && vi.contains(k.substring(0, k.length() - FORMERLY.length())));
        assertThat(difference(viShown, en)).as("keys missing from messages_en.properties").isEmpty();
        assertThat(difference(en, vi)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyUsedExists() {
        Set<String> used = new TreeSet<>(fxmlKeys);
        used.addAll(calledKeys);
        used.removeIf(k -> k.endsWith(".")); // a prefix completed at run time ("field." + name)
        assertThat(difference(used, vi)).as("keys used in code or FXML but missing from the bundle").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> unused = new TreeSet<>();
        for (String key : vi) {
            if (!isUsed(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys nothing uses (remove them or use them)").isEmpty();
    }

    /**
     * Every {@code Messages.get} call with its key written out (or keys, in a conditional) passes a value for each
     * placeholder the Vietnamese text has: a missing one is printed as "{1}" to the user.
     */
    @Test
    void everyCallGivesEveryPlaceholderAValue() throws IOException {
        Properties bundle = properties("/i18n/messages.properties");
        List<String> missing = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                java.util.regex.Matcher call = Pattern.compile("Messages\\.get\\(").matcher(text);
                while (call.find()) {
                    List<Integer> commas = topLevelCommas(text, call.end());
                    String first = text.substring(call.end(), commas.isEmpty() ? call.end() : commas.get(0));
                    java.util.regex.Matcher key = LITERAL.matcher(commas.isEmpty() ? "" : first);
                    while (key.find()) {
                        String value = bundle.getProperty(key.group(1));
                        int needed = value == null ? 0 : placeholders(value);
                        if (commas.size() - 1 < needed) {
                            missing.add(f.getFileName() + ":" + (text.substring(0, call.start()).split("\n", -1).length)
                                    + " " + key.group(1) + " needs " + needed + ", gets " + (commas.size() - 1));
                        }
                    }
                }
            }
        }
        assertThat(missing).as("message calls without a value for every placeholder").isEmpty();
    }

    /**
     * {@code Messages} formats a text with {@code MessageFormat} only when it is given values, so a text without
     * placeholders is shown as written: an apostrophe doubled for {@code MessageFormat} would show doubled.
     */
    @Test
    void aTextWithoutPlaceholdersWritesItsApostrophesOnce() throws IOException {
        List<String> doubled = new java.util.ArrayList<>();
        for (String resource : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties bundle = properties(resource);
            bundle.stringPropertyNames().stream().sorted()
                    .filter(k -> placeholders(bundle.getProperty(k)) == 0 && bundle.getProperty(k).contains("''"))
                    .forEach(k -> doubled.add(resource + " " + k));
        }
        assertThat(doubled).as("texts shown with a doubled apostrophe").isEmpty();
    }

    /**
     * A text with placeholders goes through {@code MessageFormat}, where a single apostrophe quotes what follows:
     * "the Word file's first page ... {1}" printed "{1}" as written. Every placeholder must be filled.
     */
    @Test
    void aTextWithPlaceholdersFillsEveryOne() throws IOException {
        List<String> unfilled = new java.util.ArrayList<>();
        Object[] values = new Object[10];
        java.util.Arrays.fill(values, 7);
        for (String resource : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties bundle = properties(resource);
            bundle.stringPropertyNames().stream().sorted().filter(k -> placeholders(bundle.getProperty(k)) > 0)
                    .filter(k -> java.util.regex.Pattern.compile("\\{\\d").matcher(
                            new java.text.MessageFormat(bundle.getProperty(k)).format(values)).find())
                    .forEach(k -> unfilled.add(resource + " " + k));
        }
        assertThat(unfilled).as("texts printing a placeholder as written").isEmpty();
    }

    /**
     * The positions of the commas between a call's arguments, from just after its "(" to its ")" (the last entry:
     * the ")"; a call without arguments gives none). Strings, characters and nested brackets are skipped.
     */
    private static List<Integer> topLevelCommas(String text, int from) {
        List<Integer> commas = new java.util.ArrayList<>();
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < text.length() && text.charAt(i) != c; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    commas.add(i);
                    return commas;
                }
            } else if (c == ',' && depth == 1) {
                commas.add(i);
            }
        }
        return commas;
    }

    private static int placeholders(String value) {
        java.util.regex.Matcher m = Pattern.compile("\\{(\\d+)").matcher(value);
        int n = 0;
        while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
        }
        return n;
    }

    private static boolean isUsed(String key) {
        if (key.endsWith(FORMERLY)) {
            return isUsed(key.substring(0, key.length() - FORMERLY.length()));
        }
        if (javaLiterals.contains(key) || fxmlKeys.contains(key)) {
            return true;
        }
        String[] parts = key.split("\\.");
        return switch (parts[0]) {
            case "field" -> parts.length == 2 && simpleLiterals.contains(parts[1]);
            case "enum" -> parts.length == 3 && isEnumConstant(parts[1], parts[2]);
            case "summary" -> parts.length == 2 && Arrays.stream(vn.atr.domain.Summary.class.getRecordComponents())
                    .map(RecordComponent::getName).anyMatch(parts[1]::equals);
            case "permission" -> parts.length == 2 && isEnumConstant("Permission", parts[1]);
            case "role" -> parts.length == 2 && isEnumConstant("Role", parts[1]);
            case "metric" -> parts.length == 2 && isMetricType(parts[1]);
            case "language" -> parts.length == 2 && List.of("vi", "en").contains(parts[1]);
            default -> false;
        };
    }

    /** A metric type is a String constant of OutreachMetric (metric.WEBSITE_VISITS). */
    private static boolean isMetricType(String type) {
        return Arrays.stream(vn.atr.domain.OutreachMetric.class.getFields()).anyMatch(f -> {
            try {
                return java.lang.reflect.Modifier.isStatic(f.getModifiers()) && type.equals(f.get(null));
            } catch (IllegalAccessException e) {
                return false;
            }
        });
    }

    private static boolean isEnumConstant(String type, String constant) {
        for (String name : List.of("vn.atr.domain." + type, "vn.atr.domain.access." + type,
                "vn.atr.domain.catalog." + type,
                "vn.atr.domain.ReportDraft$" + type)) {
            if (isEnumConstant(name, type, constant)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnumConstant(String className, String type, String constant) {
        try {
            Class<?> c = Class.forName(className);
            return c.isEnum() && Arrays.stream(c.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(constant));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(properties(resource).stringPropertyNames());
    }

    private static Properties properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
