package vn.atr.domain.report;

/** Told how far an export is (0 to 1) and what it is doing; may be called from a worker thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (fraction, step) -> { };

    void update(double fraction, String step);
}
