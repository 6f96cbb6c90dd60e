package vn.atr.service.exchange;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.atr.domain.Messages;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.VictimIdentity;
import vn.atr.domain.Violation;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.ServiceException;
import vn.atr.service.exchange.ImportPlan.Entry;
import vn.atr.service.exchange.ImportPlan.Outcome;
import vn.atr.store.VictimIdentityRepository;

/**
 * Victims' identifiers in a data package ({@code victim_identity.jsonl}, only inside an encrypted
 * payload). At rest they are encrypted under the store's data key: export decrypts them with the
 * exporting session's key, import saves them through the repository, which encrypts them again under
 * the importing store's key. An identity travels with its victim: it is written when the victim's
 * record is taken (new, updated, deleted) or when we hold no identity for that victim yet; it never
 * replaces ours for a victim whose record was unchanged or in conflict.
 */
final class IdentityTransfer {
    static final String ENTITY = "victim_identity";

    private final VictimIdentityRepository identities;

    IdentityTransfer(VictimIdentityRepository identities) {
        this.identities = identities;
    }

    /** The identities of {@code victimIds} (decrypted with the session's key) as JSON lines. */
    byte[] export(Set<String> victimIds, long[] count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (VictimIdentity i : identities.listAll()) {
                if (victimIds.contains(i.victimId()) && !i.isEmpty()) {
                    out.write(PackageJson.mapper().writeValueAsBytes(i));
                    out.write('\n');
                    count[0]++;
                }
            }
        } catch (IOException e) {
            throw new ServiceException(Messages.get("exchange.export.failed", ENTITY, e.getMessage()));
        }
        return out.toByteArray();
    }

    /** Reads and checks the package's identities; an unreadable or invalid one becomes a rejected entry. */
    List<VictimIdentity> parse(byte[] lines, List<Entry> rejected) {
        List<VictimIdentity> found = new ArrayList<>();
        ObjectReader reader = PackageJson.mapper().readerFor(VictimIdentity.class);
        int line = 0;
        for (String text : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                VictimIdentity i = reader.readValue(text);
                List<Violation> violations = RecordValidator.validate(i);
                if (violations.isEmpty()) {
                    found.add(i);
                } else {
                    rejected.add(new Entry(Outcome.REJECTED, ENTITY, i.victimId(), null, 0, violations.stream()
                            .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")), null, null,
                            List.of()));
                }
            } catch (IOException | RuntimeException e) {
                rejected.add(new Entry(Outcome.REJECTED, ENTITY, Messages.get("exchange.plan.line", line), null, 0,
                        Messages.get("exchange.plan.unreadable", e.getMessage()), null, null, List.of()));
            }
        }
        return found;
    }

    /** Saves the identities the rules above allow, inside the caller's transaction; returns how many. */
    int apply(ImportPlan plan, String author) {
        Set<String> taken = plan.entries().stream()
                .filter(e -> e.entity().equals("victim") && (e.outcome() == Outcome.NEW
                        || e.outcome() == Outcome.UPDATED || e.outcome() == Outcome.DELETED))
                .map(Entry::recordId).collect(Collectors.toSet());
        int saved = 0;
        for (VictimIdentity i : plan.identities()) {
            if (taken.contains(i.victimId()) || identities.find(i.victimId()).isEmpty()) {
                identities.save(i, author);
                saved++;
            }
        }
        return saved;
    }
}
