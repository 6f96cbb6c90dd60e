package vn.atr.service.exchange;

import java.util.List;

/**
 * The import use case as one call for the window and the command line: one package is planned, and
 * applied if asked; several are verified and merged one after another in one transaction
 * ({@link ExchangeService#importAll}). The window verifies first and applies later what it showed.
 */
public final class PackageImport {
    private final ExchangeService exchange;

    public PackageImport(ExchangeService exchange) {
        this.exchange = exchange;
    }

    /** Verifies the request's packages and, if it asks to write, imports them. */
    public ImportOutcome run(ImportRequest request) {
        if (!request.single()) {
            return new ImportOutcome(request, exchange.importAll(request.files(), request.passwords(),
                    request.write(), request.progress()));
        }
        ImportPlan plan = plan(request);
        request.progress().packageDone(1, 1, plan.fileName()); // a cancel stops here, before anything is written
        if (request.write()) {
            try {
                exchange.apply(plan);
            } catch (ExchangeService.StalePlanException e) {
                // another writer came in between (a second compiler on the same server): planned again, as it
                // now stands, and written, so that what it changed is kept or shown as a conflict
                plan = plan(request);
                exchange.apply(plan);
            }
        }
        return new ImportOutcome(request, new BatchImport(List.of(plan), request.write()));
    }

    private ImportPlan plan(ImportRequest request) {
        return exchange.plan(request.files().get(0), request.passwords().apply(request.files().get(0)));
    }

    /**
     * Writes what {@code verified} showed: a single package's plan as it was shown; a batch merged again in
     * one transaction (each package planned against the store as the ones before it leave it), telling
     * {@code progress} after each package.
     */
    public ImportOutcome apply(ImportOutcome verified, BatchImport.Progress progress) {
        ImportRequest r = verified.request();
        if (verified.single()) {
            exchange.apply(verified.combined());
            return new ImportOutcome(r, new BatchImport(verified.plans(), true));
        }
        return run(new ImportRequest(r.files(), r.passwords(), true, progress));
    }
}
