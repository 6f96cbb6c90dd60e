package vn.atr.domain.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.Text;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;

/**
 * The rules of a set of age bands: every known age falls into at most one active band (no overlap) and the
 * active bands form one run of ages (no gap between them), so no victim is counted twice or silently dropped.
 */
public final class AgeBandRules {

    private AgeBandRules() {
    }

    /** Checks {@code entry} (new or changed) against the other bands once the change is made. */
    public static List<Violation> validate(AgeBandEntry entry, Collection<AgeBandEntry> all, boolean isNew) {
        List<Violation> found = new ArrayList<>();
        if (entry.code() == null || !IndicatorRules.CODE.matcher(entry.code()).matches()) {
            found.add(new Violation("ageBandCode", "catalog.badCode", entry.code()));
        }
        if (entry.labelVi() == null || entry.labelVi().isBlank()) {
            found.add(new Violation("ageBandName", "ageBand.nameRequired"));
        }
        if (entry.minAge() != null && (entry.minAge() < 0 || entry.minAge() > 120)) {
            found.add(new Violation("ageBandFrom", "ageBand.ageRange", entry.minAge()));
        }
        if (entry.maxAge() != null && (entry.minAge() == null || entry.maxAge() < entry.minAge() || entry.maxAge() > 120)) {
            found.add(new Violation("ageBandTo", "ageBand.toBeforeFrom", entry.maxAge(), entry.minAge()));
        }
        List<AgeBandEntry> after = new ArrayList<>();
        for (AgeBandEntry o : all) {
            if (o.code().equals(entry.code())) {
                if (isNew) {
                    found.add(new Violation("ageBandCode", "catalog.codeTaken", entry.code(), o.labelVi()));
                }
                continue;
            }
            if (Text.same(o.labelVi(), entry.labelVi())) {
                found.add(new Violation("ageBandName", "catalog.nameTaken", entry.labelVi(), o.code()));
            }
            after.add(o);
        }
        after.add(entry);
        if (!found.isEmpty()) {
            return found;
        }
        List<AgeBandEntry> ranged = after.stream().filter(b -> b.active() && b.ranged())
                .sorted(Comparator.comparing(AgeBandEntry::minAge)).toList();
        for (int i = 1; i < ranged.size(); i++) {
            AgeBandEntry a = ranged.get(i - 1);
            AgeBandEntry b = ranged.get(i);
            if (a.maxAge() == null || a.maxAge() >= b.minAge()) {
                found.add(new Violation("ageBandFrom", "ageBand.overlap", b.ages(), b.labelVi(), a.ages(), a.labelVi()));
            } else if (a.maxAge() + 1 < b.minAge()) {
                found.add(new Violation("ageBandFrom", "ageBand.gap", a.maxAge() + 1, b.minAge() - 1,
                        a.labelVi(), b.labelVi()));
            }
        }
        return found;
    }

    /**
     * Why a victim of a case detected on {@code day} may not be given the band {@code code}, if it may not:
     * the code is not a configured band, or the band was retired on or before that day (field names the form's).
     */
    public static Optional<Violation> usableProblem(String field, String code, Collection<AgeBandEntry> all,
                                                    LocalDate day) {
        if (code == null || code.isBlank()) {
            return Optional.empty(); // the record's own validation names the missing field
        }
        Optional<AgeBandEntry> band = all.stream().filter(b -> b.code().equals(Text.code(code))).findFirst();
        if (band.isEmpty()) {
            return Optional.of(new Violation(field, "ageBand.unknownForRecord", code));
        }
        LocalDate retired = band.get().retiredOn();
        if (retired != null && day != null && !day.isBefore(retired)) {
            return Optional.of(new Violation(field, "ageBand.retiredOn", band.get().labelVi(),
                    VnFormats.date(retired), VnFormats.date(day)));
        }
        return Optional.empty();
    }

    /** The bands a victim of a case detected on {@code day} may be given (today's when the day is not known). */
    public static List<AgeBandEntry> currentOn(Collection<AgeBandEntry> all, LocalDate day) {
        LocalDate d = day != null ? day : LocalDate.now();
        return all.stream().filter(b -> b.retiredOn() == null || d.isBefore(b.retiredOn())).toList();
    }

    /** The active ranged band holding {@code age}, if any (a birth year gives the band when none was chosen). */
    public static Optional<AgeBandEntry> holding(Collection<AgeBandEntry> all, int age) {
        return all.stream().filter(b -> b.holds(age)).findFirst();
    }
}
