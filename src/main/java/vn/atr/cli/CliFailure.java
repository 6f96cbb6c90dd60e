package vn.atr.cli;

import vn.atr.domain.AtrException;

/** A failed check reported by a command (exit code 1). */
public final class CliFailure extends AtrException {
    public CliFailure(String message) {
        super(message);
    }
}
