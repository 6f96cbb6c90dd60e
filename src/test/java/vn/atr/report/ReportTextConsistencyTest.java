package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.BundleKeys.collect;
import static vn.atr.BundleKeys.difference;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.atr.BundleKeys;
import vn.atr.domain.ActivityType;
import vn.atr.domain.CaseScope;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.catalog.IndicatorSection;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportType;

/**
 * The report's text ({@code report/report-vi.properties}) stays consistent with the code, like the UI
 * bundle in MessagesConsistencyTest: every key the code asks for exists, every coded value the report labels
 * has its label, and no key is left unused. A key counts as used when its full text is a string literal in
 * the Java sources, or when it is built at run time from a literal prefix ({@code "compare." + what}) and
 * parts that name something real: a string literal ("sessions"), an enum constant of the domain or an
 * activity type.
 */
class ReportTextConsistencyTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern WORD = Pattern.compile("\"\\.?([A-Za-z][A-Za-z0-9_]*)\"");
    private static final Pattern PREFIX = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.]*\\.)\"");
    private static final Pattern LOOKUP = Pattern.compile(
            "\\b(?:text|t|ReportText\\.vietnamese\\(\\))\\.(?:get|headers)\\(\"([A-Za-z][A-Za-z0-9_.]*)\"");
    /** The groups ReportService labels with {@code ReportText.label} and the codes each may hold. */
    private static final Map<String, Class<? extends Enum<?>>> CODED_GROUPS = Map.ofEntries(
            Map.entry("agency", DetectingAgency.class), Map.entry("scope", CaseScope.class),
            Map.entry("form", ExploitationForm.class), Map.entry("sex", Sex.class),
            Map.entry("return", ReturnPath.class), Map.entry("legal", LegalStatus.class),
            Map.entry("support", SupportType.class), Map.entry("status", vn.atr.domain.CaseStatus.class),
            Map.entry("topic", vn.atr.domain.Topic.class), Map.entry("documentKind", vn.atr.domain.DocumentKind.class));

    private static Set<String> keys;
    private static final Set<String> literals = new HashSet<>();
    private static final Set<String> words = new HashSet<>();
    private static final Set<String> prefixes = new HashSet<>();
    private static final Set<String> lookups = new TreeSet<>();

    @BeforeAll
    static void read() throws IOException {
        keys = BundleKeys.keys(ReportText.RESOURCE);
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                collect(LITERAL, code, literals);
                collect(WORD, code, words);
                collect(PREFIX, code, prefixes);
                if (f.startsWith(MAIN.resolve("vn/atr/report")) || f.startsWith(MAIN.resolve("vn/atr/service/report"))) {
                    collect(LOOKUP, code, lookups);
                }
            }
        }
        lookups.removeIf(k -> k.endsWith(".")); // a prefix completed at run time ("compare." + what)
        words.addAll(activityTypes());
        Stream.concat(CODED_GROUPS.values().stream(), Stream.of(ReportDraft.Section.class, IndicatorSection.class,
                        vn.atr.domain.catalog.IndicatorGroup.class))
                .forEach(e -> Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(words::add));
    }

    /** The activity type codes: the String constants of ActivityType. */
    private static Set<String> activityTypes() {
        Set<String> types = new TreeSet<>();
        for (Field f : ActivityType.class.getFields()) {
            try {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().equals(f.get(null))) {
                    types.add(f.getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        assertThat(lookups).as("report keys looked up in code").isNotEmpty();
        assertThat(difference(lookups, keys)).as("keys the code asks for but report-vi.properties lacks").isEmpty();
    }

    @Test
    void everyCodedValueAndActivityTypeHasItsText() {
        Set<String> missing = new TreeSet<>();
        CODED_GROUPS.forEach((group, type) -> Arrays.stream(type.getEnumConstants())
                .map(c -> "label." + group + "." + ((Enum<?>) c).name()).filter(k -> !keys.contains(k))
                .forEach(missing::add));
        activityTypes().stream().filter(t -> !t.equals(ActivityType.OTHER)).map(t -> "comm.item." + t)
                .filter(k -> !keys.contains(k)).forEach(missing::add);
        assertThat(missing).as("codes the report would print as they are").isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            if (!literals.contains(key) && !lookups.contains(key) && !builtAtRunTime(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("report keys nothing uses (remove them or use them)").isEmpty();
    }

    @Test
    void aMissingKeyFailsInsteadOfPrintingItsName() {
        assertThatThrownBy(() -> ReportText.vietnamese().get("h.noSuchHeading"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("h.noSuchHeading");
        assertThat(ReportText.vietnamese().get("h.results")).isEqualTo("II. KẾT QUẢ THỰC HIỆN");
    }

    /** {@code "label." + group + "." + code}: a literal prefix, then parts that each name something real. */
    private static boolean builtAtRunTime(String key) {
        // "KEY.people": the same text naming people or cases, read in place of a used KEY (ReportSentences.people)
        if (key.endsWith(".people")) {
            String base = key.substring(0, key.length() - ".people".length());
            return literals.contains(base) || lookups.contains(base) || builtAtRunTime(base);
        }
        // Families read as a whole (every "legalBasis.RANK.NAME" is a text the period may cite; "period.name.*"
        // the period kinds' titles; "unit.kind.*" the kinds of the unit list, which is data): the code lists the keys
        // under the prefix rather than naming each.
        if ((key.startsWith("legalBasis.") && prefixes.contains("legalBasis."))
                || (key.startsWith("period.name.") && prefixes.contains("period.name."))
                || (key.startsWith("unit.kind.") && prefixes.contains("unit.kind."))) {
            return true;
        }
        for (String prefix : prefixes) {
            if (key.startsWith(prefix) && key.length() >= prefix.length()) {
                String rest = key.substring(prefix.length());
                if (rest.isEmpty() || Arrays.stream(rest.split("\\.")).allMatch(words::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
