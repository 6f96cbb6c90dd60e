package vn.atr.domain;

/** The ten kinds of support of the 2024 Law on Prevention and Combat of Human Trafficking, art. 37. */
public enum SupportType {
    ESSENTIAL_NEEDS, MEDICAL, INTERPRETATION, LEGAL_INFORMATION, LEGAL_AID, TRAVEL_COSTS,
    PSYCHOLOGICAL, GENERAL_SCHOOLING, VOCATIONAL_AND_JOBS, HARDSHIP_ALLOWANCE_AND_LOANS
}
