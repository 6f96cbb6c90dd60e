package vn.atr.service;

/** A refused use case; the message is user-facing (Vietnamese by default). */
public class ServiceException extends RuntimeException {
    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
