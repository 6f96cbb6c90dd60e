package vn.atr.domain;

public enum DetectingAgency {
    POLICE, BORDER_GUARD, COAST_GUARD, OTHER
}
