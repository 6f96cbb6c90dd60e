package vn.atr.store;

import java.lang.reflect.Field;
import java.sql.SQLException;
import org.sqlite.ProgressHandler;
import vn.atr.service.Services;

/**
 * Calls back on every SQL statement the services' one connection runs, on the thread that runs it
 * (SQLite's progress handler, called every virtual-machine step): tests use it to see which statements
 * ran outside the UI's task runner.
 */
public final class StatementWatch {
    private StatementWatch() {
    }

    /** Calls {@code onStep} while any statement of {@code services}' store runs. */
    public static void install(Services services, Runnable onStep) {
        try {
            Field db = Services.class.getDeclaredField("db");
            db.setAccessible(true);
            ProgressHandler.setHandler(((Database) db.get(services)).connection(), 1, new ProgressHandler() {
                @Override
                protected int progress() {
                    onStep.run();
                    return 0;
                }
            });
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
