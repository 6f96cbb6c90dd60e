package vn.atr.domain;

/**
 * A refusal the user can act on: its message is user-facing (from the bundle) and names what is wrong.
 * Layers throw their own subclasses; the UI and the CLI show any of them without a stack trace.
 */
public class AtrException extends RuntimeException {
    public AtrException(String message) {
        super(message);
    }

    public AtrException(String message, Throwable cause) {
        super(message, cause);
    }
}
