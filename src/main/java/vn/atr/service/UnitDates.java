package vn.atr.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.store.AdminUnitRepository;

/**
 * The record rules that need the store: a record's unit must exist on the record's date
 * ({@link vn.atr.domain.AdminUnit#problemOn}). Services check them with the domain's own rules and refuse
 * with every problem at once, so the form, the workbook and the command line give the same words.
 */
public final class UnitDates {
    private final AdminUnitRepository units;
    private final java.util.function.Function<String, Optional<AdminUnit>> find;

    public UnitDates(AdminUnitRepository units) {
        this.units = units;
        this.find = units::find;
    }

    private UnitDates(AdminUnitRepository units, java.util.Map<String, Optional<AdminUnit>> seen) {
        this.units = units;
        this.find = code -> seen.computeIfAbsent(code, units::find);
    }

    /**
     * The same rules with each unit read once: for one import plan, which checks thousands of records of a
     * few units against units the plan does not change (not for a long-lived service: units get edited).
     */
    public UnitDates readingEachUnitOnce() {
        return new UnitDates(units, new java.util.HashMap<>());
    }

    /** The problem of {@code unitCode} on {@code day}, if any (an unknown unit is the store's foreign key to refuse). */
    public List<Violation> problems(String unitCode, LocalDate day) {
        if (unitCode == null || day == null) {
            return List.of();
        }
        return find.apply(unitCode).flatMap(u -> u.problemOn("unitCode", day)).stream().toList();
    }

    /**
     * Refuses the record with the domain's violations and the unit's, all at once. The unit's dates are checked
     * when the record is new or its unit or date changes: a correction of another field of an older record
     * (merged from a package, say) is not refused for a rule it was never entered under.
     */
    void require(List<Violation> domain, String unitCode, LocalDate day, Optional<String> storedUnit,
                 Optional<LocalDate> storedDay) {
        List<Violation> all = new ArrayList<>(domain);
        boolean moved = storedUnit.map(u -> !u.equals(unitCode)).orElse(true)
                || storedDay.map(d -> !d.equals(day)).orElse(true);
        if (moved) {
            all.addAll(problems(unitCode, day));
        }
        ValidationException.throwIfAny(all);
    }
}
