package vn.atr.report.word;

import vn.atr.domain.AtrException;

/** A report template refused before anything is written: the message names each placeholder and its place. */
public class ReportTemplateException extends AtrException {
    public ReportTemplateException(String message) {
        super(message);
    }
}
