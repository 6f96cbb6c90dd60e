package vn.atr.service;

/** A use case refused because of who is asking (role, unit, not logged in, wrong password). */
public final class AccessDeniedException extends ServiceException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
