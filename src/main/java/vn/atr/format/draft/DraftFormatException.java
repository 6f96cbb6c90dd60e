package vn.atr.format.draft;

import vn.atr.domain.AtrException;

/** A draft text file that cannot be read as a draft; the message names the line and the reason. */
public class DraftFormatException extends AtrException {
    public DraftFormatException(String message) {
        super(message);
    }
}
