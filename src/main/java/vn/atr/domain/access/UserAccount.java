package vn.atr.domain.access;

import java.time.Instant;

/** A user as listed to the administrator: no secret of any kind. */
public record UserAccount(String name, Role role, String unitCode, boolean disabled, int failedLogins,
                          Instant lockedUntil, Instant createdAt) {
}
