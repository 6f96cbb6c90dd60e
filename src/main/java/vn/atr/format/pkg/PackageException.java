package vn.atr.format.pkg;

import vn.atr.domain.AtrException;

/** A data package that cannot be trusted or read: damaged, tampered, foreign or wrongly encrypted. */
public class PackageException extends AtrException {
    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
