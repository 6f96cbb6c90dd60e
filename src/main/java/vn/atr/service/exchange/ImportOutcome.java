package vn.atr.service.exchange;

import java.util.List;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.domain.VictimIdentity;

/**
 * What an import verified or wrote: the request and the plan of every package, in the order they were
 * merged. {@link #combined()} is one plan standing for them all, for a screen that shows one plan.
 */
public record ImportOutcome(ImportRequest request, BatchImport batch) {

    public boolean single() {
        return request.single();
    }

    public List<ImportPlan> plans() {
        return batch.plans();
    }

    public boolean written() {
        return batch.written();
    }

    /** The single package's plan, or every package's entries described by the file count. */
    public ImportPlan combined() {
        ImportPlan first = plans().get(0);
        if (single()) {
            return first;
        }
        List<ImportPlan.Entry> entries = plans().stream().flatMap(p -> p.entries().stream()).toList();
        List<String> warnings = plans().stream().flatMap(p -> p.duplicateWarnings().stream()).toList();
        List<String> senders = plans().stream().flatMap(p -> p.senderWarnings().stream()).toList();
        List<VictimIdentity> ids = plans().stream().flatMap(p -> p.identities().stream()).toList();
        java.util.Map<ImportPlan.Outcome, Integer> unlisted = new java.util.EnumMap<>(ImportPlan.Outcome.class);
        plans().forEach(p -> p.unlisted().forEach((o, n) -> unlisted.merge(o, n, Integer::sum)));
        return new ImportPlan(Messages.get("exchange.batch.name", plans().size()), first.fileSha256(),
                first.manifest(), Optional.empty(), entries, warnings, ids, unlisted, senders);
    }
}
