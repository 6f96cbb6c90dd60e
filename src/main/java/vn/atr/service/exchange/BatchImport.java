package vn.atr.service.exchange;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.atr.service.exchange.ImportPlan.Outcome;

/**
 * Several packages imported as one action ({@link ExchangeService#importAll}): the plan of each, in
 * the order they were merged (each planned against the store as the earlier ones left it), and
 * whether they were written or only rehearsed (a dry run, rolled back). A written package's plan lists no new or
 * unchanged record, only counts them ({@link ImportPlan#afterWriting()}); a dry run's lists every entry.
 */
public record BatchImport(List<ImportPlan> plans, boolean written) {

    /**
     * Told after each package of a batch (on the importing thread). Throwing, e.g. a
     * {@link java.util.concurrent.CancellationException} when the user cancels, stops the batch: nothing is written.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, fileName) -> { };

        void packageDone(int done, int total, String fileName);
    }

    public BatchImport {
        plans = List.copyOf(plans);
    }

    /** The outcomes of every package added up. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> sum = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            sum.put(o, 0);
        }
        plans.forEach(p -> p.counts().forEach((o, n) -> sum.merge(o, n, Integer::sum)));
        return sum;
    }

    /** Packages with a rejected record: a real import of the batch is refused because of them. */
    public List<ImportPlan> refused() {
        return plans.stream().filter(p -> !p.rejected().isEmpty()).toList();
    }

    public int changes() {
        return plans.stream().mapToInt(ImportPlan::changeCount).sum();
    }

    public int conflicts() {
        return plans.stream().mapToInt(p -> p.counts().get(Outcome.CONFLICT)).sum();
    }

    public int identities() {
        return plans.stream().mapToInt(p -> p.identities().size()).sum();
    }
}
