package vn.atr.domain;

public enum CaseStatus {
    INVESTIGATING, PROSECUTED, TRIED, SUSPENDED, CLOSED
}
