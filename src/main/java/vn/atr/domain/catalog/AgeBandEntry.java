package vn.atr.domain.catalog;

import java.time.LocalDate;
import vn.atr.domain.Text;

/**
 * One configured age band of the victim breakdown. {@code minAge}..{@code maxAge} (whole years, inclusive;
 * {@code maxAge} null = open-ended) counts victims whose age is known. A band without {@code minAge} has no
 * range: it only holds victims stored with its code and no known age (the earlier "under 16", "unknown").
 * Retired bands ({@code retiredOn} set) count no known ages any more but keep the victims stored with their code.
 */
public record AgeBandEntry(String code, String labelVi, String labelEn, Integer minAge, Integer maxAge, int order,
                           LocalDate retiredOn) {

    public AgeBandEntry {
        code = Text.code(code);
        labelVi = labelVi == null ? null : Text.nfc(labelVi).strip(); // names compare and print as typed, unpadded
        labelEn = labelEn == null ? null : Text.nfc(labelEn).strip();
    }

    public boolean ranged() {
        return minAge != null;
    }

    public boolean active() {
        return retiredOn == null;
    }

    /** Whether a victim of {@code age} falls into this band (active ranged bands only). */
    public boolean holds(int age) {
        return active() && ranged() && age >= minAge && (maxAge == null || age <= maxAge);
    }

    /** "12-15", "51+" as lists and messages show the band's ages; "-" for a band without a range. */
    public String ages() {
        return minAge == null ? "-" : minAge + (maxAge == null ? "+" : "-" + maxAge);
    }

    public AgeBandEntry retiredFrom(LocalDate day) {
        return new AgeBandEntry(code, labelVi, labelEn, minAge, maxAge, order, day);
    }
}
