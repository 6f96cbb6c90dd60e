package vn.atr.format;

import vn.atr.domain.AtrException;

/** An output file that could not be written (full disk, read-only folder...); the message names it and the reason. */
public class OutputFileException extends AtrException {
    public OutputFileException(String message) {
        super(message);
    }

    public OutputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
