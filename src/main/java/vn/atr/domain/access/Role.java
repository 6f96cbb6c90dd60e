package vn.atr.domain.access;

/** Who may see and do what (ADR 0050). */
public enum Role {
    COMMUNE_STAFF, COMPILER, MANAGER, ADMINISTRATOR
}
