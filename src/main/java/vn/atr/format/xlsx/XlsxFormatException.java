package vn.atr.format.xlsx;

import vn.atr.domain.AtrException;

/** A file that is not a readable .xlsx workbook (damaged, another format, too large to inflate). */
public class XlsxFormatException extends AtrException {
    public XlsxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
