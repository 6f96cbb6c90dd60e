package vn.atr.domain.access;

import java.util.List;

/**
 * What {@code atr audit verify} finds: the audit chain (and whether it still reaches a head recorded
 * earlier, when one is given), identifiers stored in clear although the store has users, and accounts
 * whose row was changed outside ATR. Intact only when all of it is. {@code awaitingSigningCopy} is said, not a
 * fault: the accounts whose first login makes a copy of the package signing key that is still missing, so that
 * the key is still in clear in the file (ADR 0190).
 *
 * @param expectedHead the head given to check against (null: none given)
 * @param reachesExpected whether the intact chain holds that head (true when none was given)
 */
public record StoreCheck(AuditCheck audit, AuditHead head, String expectedHead, boolean reachesExpected,
                         List<String> clearIdentities, List<String> tamperedAccounts,
                         List<String> awaitingSigningCopy) {
    public StoreCheck {
        clearIdentities = List.copyOf(clearIdentities);
        tamperedAccounts = List.copyOf(tamperedAccounts);
        awaitingSigningCopy = List.copyOf(awaitingSigningCopy);
    }

    public boolean intact() {
        return audit.intact() && reachesExpected && clearIdentities.isEmpty() && tamperedAccounts.isEmpty();
    }
}
