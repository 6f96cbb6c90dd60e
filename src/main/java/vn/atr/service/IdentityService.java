package vn.atr.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.Victim;
import vn.atr.domain.VictimIdentity;
import vn.atr.store.VictimIdentityRepository;
import vn.atr.store.VictimRepository;

/**
 * Victims' personal identifiers, for the roles allowed to see them (compiler, administrator).
 * Managers and commune staff are refused here, whatever the UI shows.
 */
public final class IdentityService {
    private final VictimIdentityRepository identities;
    private final VictimRepository victims;
    private final Supplier<Session> session;

    IdentityService(VictimIdentityRepository identities, VictimRepository victims, Supplier<Session> session) {
        this.identities = identities;
        this.victims = victims;
        this.session = session;
    }

    public void save(VictimIdentity identity) {
        Session s = session.get();
        s.require(Permission.IDENTITY_WRITE);
        Victim v = victims.find(identity.victimId()).orElseThrow(
                () -> new ServiceException(Messages.get("store.notFound", identity.victimId())));
        s.requireUnit(v.unitCode());
        identities.save(identity, s.userName());
    }

    public Optional<VictimIdentity> find(String victimId) {
        Session s = session.get();
        s.require(Permission.IDENTITY_READ);
        victims.find(victimId).ifPresent(v -> s.requireUnit(v.unitCode()));
        return identities.find(victimId);
    }

    /** Every victim's identifiers, decrypted. */
    public List<VictimIdentity> listAll() {
        session.get().require(Permission.IDENTITY_READ);
        return identities.listAll();
    }
}
