package vn.atr.cli;

/** A failed check reported by a command (exit code 1). */
public final class CliFailure extends RuntimeException {
    public CliFailure(String message) {
        super(message);
    }
}
