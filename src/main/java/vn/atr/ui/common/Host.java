package vn.atr.ui.common;

/** What the shared forms need from the running window, without knowing the shell that provides it. */
public interface Host {
    Tasks tasks();

    /** True while the store is open read-only: forms do not offer to save. */
    boolean readOnly();

    /** True when this session may make changes that need {@code p} (a manager only reads records). */
    default boolean mayChange(vn.atr.domain.access.Permission p) {
        return !readOnly();
    }
}
