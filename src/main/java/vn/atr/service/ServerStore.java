package vn.atr.service;

import vn.atr.domain.Messages;
import vn.atr.store.ServerCredentials;
import vn.atr.store.ServerProbe;
import vn.atr.store.StoreLocation;

/**
 * A PostgreSQL store seen from the window's settings (ADR 0135): which credentials this computer would use,
 * and whether an address can serve as the store, checked without changing anything on the server.
 */
public final class ServerStore {
    private ServerStore() {
    }

    /** Which user and which password source a connection from this computer uses (never the password). */
    public static String credentialsText() {
        return ServerCredentials.fromEnvironment().describe();
    }

    /**
     * Checks {@code address} (the form, the server, the login, the database, the rights) and says what it found;
     * a {@link ServiceException} naming the field and the reason when it cannot serve.
     */
    public static String check(String address) {
        String text = address == null ? "" : address.strip();
        if (text.isEmpty()) {
            throw new ServiceException(Messages.get("serverStore.addressMissing"));
        }
        StoreLocation location = StoreLocation.parse(text);
        if (!location.isPostgresql()) {
            throw new ServiceException(Messages.get("serverStore.notAddress", text));
        }
        ServerProbe.Result found = ServerProbe.probe(location);
        return found.schemaVersion()
                .map(v -> Messages.get("serverStore.checkStore", location, found.user(), v))
                .orElseGet(() -> Messages.get("serverStore.checkEmpty", location, found.user()));
    }
}
