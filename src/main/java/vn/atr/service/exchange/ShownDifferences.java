package vn.atr.service.exchange;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.service.exchange.ImportPlan.FieldDifference;

/**
 * A conflict's differing fields as the forms show them: the field's caption ("Nội dung", not "title"), dates as
 * dd/MM/yyyy, coded values by their names, yes/no in words, for the import screen and {@code atr conflicts list}
 * alike. The package and the store keep the raw names and values; this is only what people read.
 */
public final class ShownDifferences {
    /** Fields whose caption key is not {@code field.<name>}. */
    private static final Map<String, String> CAPTIONS = Map.of("type", "field.supportType", "deleted", "field.deleted");

    private ShownDifferences() {
    }

    /** {@code differences} of a record of class {@code kind} (null: names and values as they are). */
    public static List<FieldDifference> of(List<FieldDifference> differences, Class<?> kind) {
        return differences.stream().map(d -> {
            Optional<Class<?>> type = componentType(kind, d.field());
            return new FieldDifference(caption(d.field()), value(d.ours(), type), value(d.theirs(), type));
        }).toList();
    }

    private static String caption(String field) {
        String key = CAPTIONS.getOrDefault(field, "field." + field);
        return Messages.bundle().containsKey(key) ? Messages.get(key) : field;
    }

    private static Optional<Class<?>> componentType(Class<?> kind, String field) {
        if (kind == null || !kind.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent c : kind.getRecordComponents()) {
            if (c.getName().equals(field)) {
                return Optional.of(c.getType());
            }
        }
        return Optional.empty();
    }

    private static String value(String raw, Optional<Class<?>> type) {
        if (raw == null || raw.isEmpty()) { // "Ghi chú: Sở sửa | " read as a value cut off
            return Messages.get("label.empty");
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Messages.get(Boolean.parseBoolean(raw) ? "label.yes" : "label.no");
        }
        try {
            if (type.isPresent() && type.get() == LocalDate.class) {
                return VnFormats.date(LocalDate.parse(raw));
            }
            if (type.isPresent() && type.get().isEnum()) {
                String key = "enum." + type.get().getSimpleName() + "." + raw;
                return Messages.bundle().containsKey(key) ? Messages.get(key) : raw;
            }
        } catch (RuntimeException notThatKind) {
            return raw; // shown as sent rather than hidden
        }
        return raw;
    }
}
