package vn.atr.cli;

/** Wrong combination of options: exit code 2, like picocli's own usage errors. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
