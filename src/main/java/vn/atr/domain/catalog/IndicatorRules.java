package vn.atr.domain.catalog;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Text;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;

/**
 * The catalogue's rules beyond a single entry's fields: names unique once compared as people read
 * them, codes made from names, and a record's date within its indicator's validity.
 */
public final class IndicatorRules {
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private IndicatorRules() {
    }

    /** The entry's own fields, then the clash of its code or name with another entry of {@code others}. */
    public static List<Violation> validate(Indicator entry, Collection<Indicator> others, boolean isNew) {
        List<Violation> found = new ArrayList<>(RecordValidator.validate(entry));
        for (Indicator o : others) {
            if (isNew && Text.same(o.code(), entry.code())) {
                found.add(new Violation("indicatorCode", "catalog.codeTaken", entry.code(), o.nameVi()));
            } else if (!o.code().equals(entry.code()) && o.kind() == entry.kind()
                    && Text.same(o.nameVi(), entry.nameVi())) {
                found.add(new Violation("indicatorName", "catalog.nameTaken", entry.nameVi(), o.code()));
            }
        }
        return found;
    }

    /**
     * A code from a Vietnamese name: "Sổ tay, tờ gấp" gives SO_TAY_TO_GAP; a code already taken gets
     * a number (SO_TAY_2).
     */
    public static String codeFor(String name, Collection<Indicator> taken) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        String code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "CT_" + code;
        }
        code = code.length() > 36 ? code.substring(0, 36).replaceAll("_+$", "") : code;
        String candidate = code;
        for (int n = 2; isTaken(candidate, taken); n++) {
            candidate = code + "_" + n;
        }
        return candidate;
    }

    private static boolean isTaken(String code, Collection<Indicator> taken) {
        return taken.stream().anyMatch(i -> i.code().equals(code));
    }

    /** Why a record dated {@code day} may not use {@code entry}, if it may not (field names the form's). */
    public static Optional<Violation> dateProblem(String field, Indicator entry, LocalDate day) {
        if (day == null || entry.validOn(day)) {
            return Optional.empty();
        }
        if (entry.retiredOn() != null && !day.isBefore(entry.retiredOn())) {
            return Optional.of(new Violation(field, "catalog.retiredOn", entry.nameVi(),
                    VnFormats.date(entry.retiredOn()), VnFormats.date(day)));
        }
        return Optional.of(new Violation(field, "catalog.notYetIntroduced", entry.nameVi(),
                VnFormats.date(entry.introducedOn()), VnFormats.date(day)));
    }
}
