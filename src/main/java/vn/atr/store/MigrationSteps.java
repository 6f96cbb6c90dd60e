package vn.atr.store;

import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import vn.atr.domain.OpenStep;

/** Tells each migration Flyway begins as an {@link OpenStep.Kind#UPGRADING} step. */
final class MigrationSteps implements Callback {
    private final Consumer<OpenStep> progress;
    private int total;
    private int done;

    MigrationSteps(Consumer<OpenStep> progress) {
        this.progress = progress;
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
        progress.accept(new OpenStep(OpenStep.Kind.UPGRADING, done, total >= done ? total : 0,
                m == null ? "" : m.getDescription()));
    }

    @Override
    public String getCallbackName() {
        return "atr-open-steps";
    }
}
