package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.atr.domain.OpenStep;

/**
 * Opening a store on a real PostgreSQL tells its steps as a file does: an empty database gets its schema as a new
 * store (never called an upgrade), and a current one opens without a step.
 */
class OpenStepsPgTest {
    @Test
    void anEmptyDatabaseIsCreatedStepByStepAndACurrentOneSaysNothing() {
        StoreLocation store = PostgresTestServer.get().emptyDatabase();
        List<OpenStep> steps = new ArrayList<>();
        Database.open(store, steps::add).close();
        assertThat(steps).hasSizeGreaterThan(1).extracting(OpenStep::kind).containsOnly(OpenStep.Kind.CREATING);
        assertThat(steps).extracting(OpenStep::done).startsWith(1, 2);

        List<OpenStep> again = new ArrayList<>();
        Database.open(store, again::add).close();
        assertThat(again).isEmpty();
    }

    @Test
    void theStepsOfAnUpgradeAreCountedAhead() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        StoreLocation store = server.freshDatabase();
        try (java.sql.Connection c = server.connect(store)) {
            assertThat(MigrationScripts.pending(c, Dialect.POSTGRESQL)).as("a current store").isZero();
            try (java.sql.Statement s = c.createStatement()) { // as if the newest script had not run yet
                s.executeUpdate("UPDATE flyway_schema_history SET success = false WHERE installed_rank ="
                        + " (SELECT max(installed_rank) FROM flyway_schema_history)");
            }
            assertThat(MigrationScripts.pending(c, Dialect.POSTGRESQL)).isEqualTo(1);
        }
    }
}
