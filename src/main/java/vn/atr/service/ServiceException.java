package vn.atr.service;

import vn.atr.domain.AtrException;

/** A refused use case; the message is user-facing (Vietnamese by default). */
public class ServiceException extends AtrException {
    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
