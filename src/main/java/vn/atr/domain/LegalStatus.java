package vn.atr.domain;

/** Where a person stands in the identification process. */
public enum LegalStatus {
    VICTIM, BEING_IDENTIFIED_IN_VIETNAM, BEING_IDENTIFIED_ABROAD, ACCOMPANYING_MINOR, FOREIGN_VICTIM
}
