package vn.atr.store;

import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import vn.atr.domain.OpenStep;

/**
 * Tells each migration Flyway begins: an {@link OpenStep.Kind#UPGRADING} step of a store that had a schema, a
 * {@link OpenStep.Kind#CREATING} one while a new store gets its first.
 */
final class MigrationSteps implements Callback {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MigrationSteps.class);
    private final Consumer<OpenStep> progress;
    private final OpenStep.Kind kind;
    private int total;
    private int done;

    MigrationSteps(Consumer<OpenStep> progress, boolean fresh) {
        this.progress = progress;
        this.kind = fresh ? OpenStep.Kind.CREATING : OpenStep.Kind.UPGRADING;
    }

    /** The pending migrations, once known (before {@code migrate}): the steps then say "3 of 4". */
    void expect(int pending) {
        total = pending;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true; // it only reports: nothing it does touches the migration's transaction
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo m = context.getMigrationInfo();
        done++;
        try {
            progress.accept(new OpenStep(kind, done, total >= done ? total : 0,
                    m == null ? "" : m.getDescription()));
        } catch (RuntimeException e) { // only a report: it must never fail the migration it runs inside
            LOG.warn("Reporting the upgrade's step failed: {}", e.toString());
        }
    }

    @Override
    public String getCallbackName() {
        return "atr-open-steps";
    }
}
