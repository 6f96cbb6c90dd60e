package vn.atr.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import vn.atr.domain.Messages;

/**
 * The fixed text of the report (headings, sentence patterns, labels), read from the adaptable
 * resource {@code report/report-vi.properties}: no report sentence is written in Java code.
 * Arguments are passed as text already formatted (10.215), so MessageFormat never formats numbers.
 */
public final class ReportText {
    public static final String RESOURCE = "/report/report-vi.properties";
    private static final ReportText DEFAULT = load(RESOURCE);

    private final Properties texts;

    private ReportText(Properties texts) {
        this.texts = texts;
    }

    public static ReportText vietnamese() {
        return DEFAULT;
    }

    static ReportText load(String resource) {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportText(p);
    }

    /**
     * The built-in text with the entries of {@code file} laid over it, if that file exists: a compiler
     * adapts a heading or a sentence by copying it there, without a new release, and adds legal bases
     * ({@link LegalBasis}). Other unknown keys are ignored.
     */
    public ReportText withOverrides(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return this;
        }
        Properties merged = new Properties();
        merged.putAll(texts);
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties own = new Properties();
            own.load(reader);
            // Beyond known keys: texts the period may cite, and the wording of an indicator added to the catalogue.
            own.stringPropertyNames().stream().filter(k -> texts.containsKey(k) || k.startsWith(LegalBasis.PREFIX)
                            || k.startsWith(IndicatorItems.OWN_WORDING))
                    .forEach(k -> merged.setProperty(k, own.getProperty(k)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportText(merged);
    }

    /** Every key, for lists a compiler may extend ({@link LegalBasis}). */
    public java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text under {@code key} with its {0}, {1}... filled. A missing key is a programming error that
     * fails the generation (and the tests): its name must never be printed into an official document.
     */
    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("report text has no key '" + key + "' (" + RESOURCE + ")");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Messages.VIETNAMESE).format(args);
    }

    /**
     * The label of a stored code ({@code label.sex.FEMALE}); free text (an ethnicity) stays as it is. Every
     * constant of the coded groups has its label (ReportTextConsistencyTest), so no code reaches a document.
     */
    public String label(String group, String code) {
        String key = "label." + group + "." + (code == null ? "" : code);
        return has(key) ? texts.getProperty(key) : code;
    }

    /** Column headers: the "|"-separated list under {@code key}. */
    public List<String> headers(String key) {
        return List.of(get(key).split("\\|"));
    }

    /**
     * "a, b và c"; "a; b và c; d" when an item has its own "và" ("ngư dân và người dân vùng biên giới biển"), which
     * the last "và" would run into.
     */
    public String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String and = get("list.and");
        if (items.stream().anyMatch(i -> (" " + i + " ").contains(and))) {
            return String.join(get("list.semicolon"), items);
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(get("list.comma"), head) + and + items.get(items.size() - 1);
    }

    /**
     * Agencies' names: "a, b và c" even when a name has its own "và" ("Sở Lao động - Thương binh và Xã hội"), since
     * each name begins with a capital that marks where it starts; semicolons between names read as clauses.
     */
    public String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(get("list.comma"), names.subList(0, names.size() - 1)) + get("list.and")
                + names.get(names.size() - 1);
    }

    /** A name inside a sentence: "Sổ tay" reads "sổ tay", an abbreviation ("HIV", "TV") stays as it is. */
    public static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Messages.VIETNAMESE) + name.substring(1);
    }

    /** First letter in capitals (a sentence made of list items). */
    public static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Messages.VIETNAMESE) + s.substring(1);
    }

    /** A configured name as a sentence carries it mid-way ("Dưới 6 tuổi" -> "dưới 6 tuổi"); tables capitalize it back. */
    public static String uncapitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Messages.VIETNAMESE) + s.substring(1);
    }
}
