package vn.atr.domain;

/** Where a person stands in the identification process. */
public enum LegalStatus {
    VICTIM, BEING_IDENTIFIED_IN_VIETNAM, BEING_IDENTIFIED_ABROAD, ACCOMPANYING_MINOR, FOREIGN_VICTIM;

    /**
     * People counted with the victims who are not (yet) found to be victims themselves: those still being
     * identified, and children who came back with a victim. The report counts them as "trường hợp", not as victims.
     */
    public static final java.util.Set<LegalStatus> NOT_YET_VICTIMS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(BEING_IDENTIFIED_IN_VIETNAM, BEING_IDENTIFIED_ABROAD, ACCOMPANYING_MINOR));

    /** Whether a status as stored (its name, as figures key their rows) is one of {@link #NOT_YET_VICTIMS}. */
    public static boolean notYetVictim(String stored) {
        return NOT_YET_VICTIMS.stream().anyMatch(s -> s.name().equals(stored));
    }
}
