package vn.atr.domain.access;

/** Who may see and do what (DESIGN.md section 6). */
public enum Role {
    COMMUNE_STAFF, COMPILER, MANAGER, ADMINISTRATOR
}
