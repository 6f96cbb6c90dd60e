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
    private final Map<String, String> lookup = new HashMap<>();
    private final Map<String, String> exact = new HashMap<>();

    ChoiceList(Map<String, String> codeToLabel) {
        this.labels = new LinkedHashMap<>(codeToLabel);
        codeToLabel.forEach((code, label) -> {
            exact.put(code, code);
            exact.put(label, code);
            lookup.put(normal(code), code);
            lookup.put(normal(label), code);
            int dash = label.indexOf(" - ");
            if (dash > 0 && label.substring(0, dash).equals(code)) {
                lookup.putIfAbsent(normal(label.substring(dash + 3)), code);
            }
        });
    }

    /** The constants of a domain enum, labelled from the bundle ({@code enum.Type.CONSTANT}). */
    static <E extends Enum<E>> ChoiceList of(Class<E> type) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), XlsxLayout.vi("enum." + type.getSimpleName() + "." + e.name()));
        }
        return new ChoiceList(m);
    }

    List<String> labels() {
        return List.copyOf(labels.values());
    }

    String label(String code) {
        return labels.getOrDefault(code, code);
    }

    Optional<String> code(String typed) {
        // Users pick the same few labels over and over: the exact text is looked up before normalising it.
        String code = exact.get(typed);
        return Optional.ofNullable(code != null ? code : lookup.get(normal(typed)));
    }

    /** The labels, for a message; long lists (units, provinces) are pointed to instead of spelled out. */
    String describe() {
        return labels.size() <= 12 ? String.join("; ", labels.values()) : Messages.get("xlsx.seeLists");
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
