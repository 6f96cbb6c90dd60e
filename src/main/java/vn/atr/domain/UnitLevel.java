package vn.atr.domain;

public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE
}
