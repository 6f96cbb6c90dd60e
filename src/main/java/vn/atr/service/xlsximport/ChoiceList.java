package vn.atr.service.xlsximport;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.Messages;

/**
 * A coded field's list as the workbook shows it: code -> Vietnamese label. Finds the code back from
 * what a user picked or typed: the label, the code itself, or "code - name", in any case and spacing.
 */
final class ChoiceList {
    private final Map<String, String> labels;
    private final Map<String, String> named = new HashMap<>();
    private final Map<String, String> lookup = new HashMap<>();
    private final Map<String, String> exact = new HashMap<>();
    /** Labels and codes without their marks ("ma tuy"), each to its code; one shared by two codes is left out. */
    private final Map<String, String> unmarked = new HashMap<>();
    private final java.util.Set<String> unmarkedTwice = new java.util.HashSet<>();
    /** Units' names as staff shorten them ("P. Hồng Bàng", "Hồng Bàng"), without marks; shared ones left out. */
    private final Map<String, String> shortened = new HashMap<>();
    private final java.util.Set<String> shortenedTwice = new java.util.HashSet<>();
    /** The codes of each shortened name, to name them when two units read the same. */
    private final Map<String, java.util.Set<String>> shortenedCodes = new HashMap<>();

    /** A unit's level word, without marks, and how staff write it short. */
    private static final Map<String, List<String>> LEVELS = Map.of(
            "phuong", List.of("p.", "p"), "xa", List.of("x.", "x"), "dac khu", List.of("đk.", "đk", "dk.", "dk"),
            "quan", List.of("q.", "q"), "huyen", List.of("h.", "h"), "thanh pho", List.of("tp.", "tp", "t.p."),
            "thi tran", List.of("tt.", "tt"), "thi xa", List.of("tx.", "tx"));

    ChoiceList(Map<String, String> codeToLabel) {
        this(codeToLabel, Map.of(), Map.of());
    }

    /**
     * A list offering {@code codeToLabel} that also reads (but does not offer) {@code hidden} entries, code ->
     * label (retired age bands: old rows still name them), and {@code aliases}, label -> code (the labels of
     * earlier templates, so that workbooks filled in from them still read).
     */
    ChoiceList(Map<String, String> codeToLabel, Map<String, String> hidden, Map<String, String> aliases) {
        this.labels = new LinkedHashMap<>(codeToLabel);
        named.putAll(hidden);
        named.putAll(codeToLabel);
        register(codeToLabel, false);
        register(hidden, true); // an offered entry wins over a hidden one of the same text
        aliases.forEach((label, code) -> {
            exact.putIfAbsent(label, code);
            lookup.putIfAbsent(normal(label), code);
            unmarked(label, code); // "y te", "hoc van hoa": earlier labels typed without marks read as before
        });
    }

    private void register(Map<String, String> codeToLabel, boolean ifAbsent) {
        codeToLabel.forEach((code, label) -> {
            put(exact, code, code, ifAbsent);
            put(exact, label, code, ifAbsent);
            put(lookup, normal(code), code, ifAbsent);
            put(lookup, normal(label), code, ifAbsent);
            unmarked(label, code);
            int dash = label.indexOf(" - ");
            if (dash > 0 && label.substring(0, dash).equals(code)) {
                lookup.putIfAbsent(normal(label.substring(dash + 3)), code);
                unmarked(label.substring(dash + 3), code); // "Phuong Hong Bang" for "10301008 - Phường Hồng Bàng"
            }
        });
    }

    private void unmarked(String label, String code) {
        String key = vn.atr.domain.Text.fold(normal(label));
        String before = unmarked.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            unmarkedTwice.add(key);
        }
    }

    private static void put(Map<String, String> into, String key, String code, boolean ifAbsent) {
        if (ifAbsent) {
            into.putIfAbsent(key, code);
        } else {
            into.put(key, code);
        }
    }

    /**
     * The units' list ("10301008 - Phường Hồng Bàng"), also read from the names as staff shorten them: the level
     * abbreviated ("P. Hồng Bàng", "P.Hồng Bàng", "TT. Núi Đèo") or left out ("Hồng Bàng"), unless two units
     * read the same (the ward and the former district of Hồng Bàng): no guess then.
     */
    static ChoiceList units(Map<String, String> codeToLabel) {
        ChoiceList list = new ChoiceList(codeToLabel);
        codeToLabel.forEach((code, label) -> {
            int dash = label.indexOf(" - ");
            String name = vn.atr.domain.Text.fold(normal(dash > 0 ? label.substring(dash + 3) : label));
            LEVELS.forEach((level, shorts) -> {
                if (name.startsWith(level + " ")) {
                    String rest = name.substring(level.length() + 1);
                    list.shortened(rest, code);
                    for (String s : shorts) {
                        String folded = vn.atr.domain.Text.fold(s);
                        list.shortened(folded + " " + rest, code);
                        if (folded.endsWith(".")) {
                            list.shortened(folded + rest, code);
                        }
                    }
                }
            });
        });
        return list;
    }

    private void shortened(String key, String code) {
        shortenedCodes.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(code);
        String before = shortened.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            shortenedTwice.add(key);
        }
    }

    /**
     * The constants of a domain enum, labelled from the bundle ({@code enum.Type.CONSTANT}); a label reworded since
     * keeps its earlier text in {@code enum.Type.CONSTANT.formerly} (several separated by "|"), read but not offered,
     * so that workbooks filled in from an older template still read.
     */
    static <E extends Enum<E>> ChoiceList of(Class<E> type) {
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> former = new LinkedHashMap<>();
        java.util.ResourceBundle vi = Messages.bundle(Messages.VIETNAMESE);
        for (E e : type.getEnumConstants()) {
            String key = "enum." + type.getSimpleName() + "." + e.name();
            m.put(e.name(), XlsxLayout.vi(key));
            if (vi.containsKey(key + ".formerly")) {
                for (String label : vi.getString(key + ".formerly").split("\\|")) {
                    former.put(label.strip(), e.name());
                }
            }
        }
        return new ChoiceList(m, Map.of(), former);
    }

    List<String> labels() {
        return List.copyOf(labels.values());
    }

    String label(String code) {
        return named.getOrDefault(code, code);
    }

    Optional<String> code(String typed) {
        // Users pick the same few labels over and over: the exact text is looked up before normalising it.
        String code = exact.get(typed);
        if (code == null) {
            code = lookup.get(normal(typed));
        }
        if (code == null) { // typed without marks, as on a keyboard without a Vietnamese input method
            String key = vn.atr.domain.Text.fold(normal(typed));
            code = unmarkedTwice.contains(key) ? null : unmarked.get(key);
            if (code == null && !shortenedTwice.contains(key)) { // a unit's name shortened ("P. Hồng Bàng")
                code = shortened.get(key);
            }
        }
        return Optional.ofNullable(code);
    }

    /**
     * The labels of the units a shortened name could be ("Lê Chân": the ward and the former district), when it is
     * no guess for that reason; empty otherwise.
     */
    List<String> sameShortName(String typed) {
        String key = vn.atr.domain.Text.fold(normal(typed));
        if (!shortenedTwice.contains(key)) {
            return List.of();
        }
        return shortenedCodes.get(key).stream().map(this::label).toList();
    }

    /** The labels, for a message; long lists (units, provinces) are pointed to instead of spelled out. */
    String describe() {
        return labels.size() <= 12 ? String.join("; ", labels.values()) : Messages.get("xlsx.seeLists");
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
