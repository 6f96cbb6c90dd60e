package vn.atr.domain;

public enum Sex {
    FEMALE, MALE, OTHER
}
