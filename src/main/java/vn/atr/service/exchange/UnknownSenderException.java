package vn.atr.service.exchange;

import vn.atr.domain.Messages;
import vn.atr.domain.access.PackageSender;
import vn.atr.service.ServiceException;

/**
 * A package from a sender this store has not approved (new or still pending): refused, naming the key's
 * fingerprint, and the sender is listed as pending for an administrator to approve once.
 */
public final class UnknownSenderException extends ServiceException {
    private final transient PackageSender sender;

    UnknownSenderException(PackageSender sender) {
        super(Messages.get("exchange.trust.unknown", sender.fingerprint(), PackageSender.unitText(sender.unit()),
                sender.installation()));
        this.sender = sender;
    }

    public PackageSender sender() {
        return sender;
    }
}
