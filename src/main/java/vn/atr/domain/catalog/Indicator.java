package vn.atr.domain.catalog;

import java.time.LocalDate;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Measure;
import vn.atr.domain.Text;

/**
 * One entry of the indicator catalogue: a kind of activity (counted as activities, participants and a
 * quantity) or a metric counted for a period. {@code measure} says which figure is the headline one
 * (sessions: the number of activities; otherwise the quantity), {@code unitVi} is its unit word (lớp,
 * buổi, tờ, cuốn, phút, lượt phát...). An entry is valid for records dated from {@code introducedOn}
 * (inclusive) to {@code retiredOn} (exclusive); either may be open (null). Entries records use are
 * retired, never deleted.
 */
public record Indicator(
        String code,
        IndicatorKind kind,
        String nameVi,
        String nameEn,
        IndicatorGroup group,
        IndicatorSection section,
        Measure measure,
        String unitVi,
        String unitEn,
        int order,
        LocalDate introducedOn,
        LocalDate retiredOn) {

    public Indicator {
        code = code == null ? null : Text.nfc(code).strip();
        nameVi = strip(nameVi);
        nameEn = strip(nameEn);
        unitVi = strip(unitVi);
        unitEn = strip(unitEn);
    }

    private static String strip(String s) {
        return s == null ? null : Text.nfc(s).strip();
    }

    /** The name in the language people read ATR in: the English one where the entry has it. */
    public String shownName() {
        return english() && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    /** The unit word in the language people read ATR in: the English one where the entry has it. */
    public String shownUnit() {
        return english() && unitEn != null && !unitEn.isBlank() ? unitEn : unitVi;
    }

    private static boolean english() {
        return "en".equals(vn.atr.domain.Messages.locale().getLanguage());
    }

    /** True when a record dated {@code day} may use this entry. */
    public boolean validOn(LocalDate day) {
        return (introducedOn == null || !day.isBefore(introducedOn)) && (retiredOn == null || day.isBefore(retiredOn));
    }

    /** Retired as of {@code today}: no longer offered for new records. */
    public boolean retiredBy(LocalDate today) {
        return retiredOn != null && !today.isBefore(retiredOn);
    }

    /** Counts records with participants (courses, sessions, conferences) rather than a quantity. */
    public boolean countsSessions() {
        return measure == Measure.SESSIONS;
    }

    /**
     * Whether the headline figure is the number of activities: for sessions, and for the activities of the section
     * "other" (meetings, pledges signed: as the report has always counted them), whatever quantity they carry.
     */
    public boolean countsRecords() {
        return kind == IndicatorKind.ACTIVITY && (countsSessions() || section == IndicatorSection.OTHER);
    }

    public Indicator renamed(String newNameVi, String newNameEn) {
        return new Indicator(code, kind, newNameVi, newNameEn, group, section, measure, unitVi, unitEn, order,
                introducedOn, retiredOn);
    }

    public Indicator withOrder(int newOrder) {
        return new Indicator(code, kind, nameVi, nameEn, group, section, measure, unitVi, unitEn, newOrder,
                introducedOn, retiredOn);
    }

    public Indicator retiredFrom(LocalDate day) {
        return new Indicator(code, kind, nameVi, nameEn, group, section, measure, unitVi, unitEn, order,
                introducedOn, day);
    }

    /** The activity-type view the record forms and lists use (active = still offered today). */
    public ActivityType asActivityType(LocalDate today) {
        return new ActivityType(code, nameVi, nameEn, measure, !retiredBy(today));
    }
}
