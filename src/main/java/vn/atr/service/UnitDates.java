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
 * ({@link vn.atr.domain.AdminUnit#problemOn}) and lie in the store's area ({@link StoreArea}). Services check them with the domain's own rules and refuse
 * with every problem at once, so the form, the workbook and the command line give the same words.
 */
public final class UnitDates {
    private final AdminUnitRepository units;
    private final java.util.function.Supplier<String> ownUnit;
    private final java.util.function.Function<String, Optional<AdminUnit>> find;
    private final java.util.function.Supplier<Optional<StoreArea>> area;

    private UnitDates(AdminUnitRepository units, java.util.function.Supplier<String> ownUnit) {
        this.units = units;
        this.ownUnit = ownUnit;
        this.find = units::find;
        this.area = () -> StoreArea.of(units, ownUnit.get());
    }

    /**
     * The rules of records entered here (a form, a workbook, the command line): their units' dates and the
     * store's area.
     */
    public static UnitDates forEntry(Repositories repos) {
        return new UnitDates(repos.units(), () -> repos.settings().agency().installationUnitCode());
    }

    /**
     * The rules of records merged from packages: their units' dates only. Which units a package may bring is the
     * sender's approval (its unit, or every unit for a province sending to the national store), checked before.
     */
    public static UnitDates forMerge(AdminUnitRepository units) {
        return new UnitDates(units, () -> null);
    }

    private UnitDates(UnitDates rules, java.util.Map<String, Optional<AdminUnit>> seen) {
        this.units = rules.units;
        this.ownUnit = rules.ownUnit;
        this.find = code -> seen.computeIfAbsent(code, units::find);
        Optional<StoreArea> once = StoreArea.of(units, ownUnit.get());
        this.area = () -> once;
    }

    /**
     * The same rules with each unit (and the store's area) read once: for one import plan, which checks thousands
     * of records of a few units against units the plan does not change (not for a long-lived service: units get
     * edited).
     */
    public UnitDates readingEachUnitOnce() {
        return readingEachUnitOnce(new java.util.HashMap<>());
    }

    /** {@link #readingEachUnitOnce()} keeping the units read in {@code seen}, shared with the caller's other reads. */
    public UnitDates readingEachUnitOnce(java.util.Map<String, Optional<AdminUnit>> seen) {
        return new UnitDates(this, seen);
    }

    /**
     * The problem of {@code unitCode} on {@code day}, if any: a unit that did not exist that day, or, for records
     * entered here, one outside the store's area ({@link StoreArea}). An unknown unit is the store's foreign key
     * to refuse.
     */
    public List<Violation> problems(String unitCode, LocalDate day) {
        if (unitCode == null || day == null) {
            return List.of();
        }
        Optional<AdminUnit> unit = find.apply(unitCode);
        if (unit.isEmpty()) {
            return List.of();
        }
        Optional<Violation> outside = area.get().flatMap(a -> a.problem("unitCode", unit.get()));
        return outside.or(() -> unit.get().problemOn("unitCode", day)).stream().toList();
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
