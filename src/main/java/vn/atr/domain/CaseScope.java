package vn.atr.domain;

public enum CaseScope {
    DOMESTIC, CROSS_BORDER
}
