package vn.atr.service;

/** The application's version, from the jar manifest (or "dev" when run from classes). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
