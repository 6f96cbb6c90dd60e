package vn.atr.domain;

/** A partner or lead organisation (police, border guard, women's union...). */
public record Organisation(String code, String name, String kind, boolean active) {
}
