package vn.atr.store;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk path (ADR 0140): the rows travel as one {@code COPY ... FROM STDIN} stream in COPY's
 * text format instead of one bound statement each. A plain insert copies straight into the table (its
 * keys, checks and foreign keys apply as to an {@code INSERT}); an upsert copies into a temporary staging
 * table with the same columns and then runs one {@code INSERT ... SELECT ... ON CONFLICT}, so conflicts
 * are handled exactly as the batched statement handles them. The repositories' binders are reused as
 * they are: they bind into a statement that only records each row's values.
 */
final class PgCopyInsert implements BulkInsert {
    static final PgCopyInsert INSTANCE = new PgCopyInsert();
    /** Bytes sent to the server at a time. */
    private static final int CHUNK = 1 << 16;

    private PgCopyInsert() {
    }

    @Override
    public <T> void write(Connection c, String table, List<String> columns, Upsert upsert, List<T> rows,
                          Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (c.getAutoCommit()) {
            // The staging table lives for the transaction; a lone write has none to live in.
            BATCHED.write(c, table, columns, upsert, rows, binder);
            return;
        }
        List<Object[]> values = values(columns.size(), rows, binder);
        String names = String.join(", ", columns);
        if (upsert == null) {
            copy(c, table, names, values);
            return;
        }
        // Two rows with one key in one INSERT ... ON CONFLICT are an error; the batched statement lets the
        // later row win, and so does this.
        values = lastPerKey(values, upsert.key().stream().map(columns::indexOf).mapToInt(Integer::intValue).toArray());
        String stage = "atr_stage_" + table;
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage + " ON COMMIT DROP AS SELECT " + names
                    + " FROM " + table + " WITH NO DATA");
            s.execute("TRUNCATE " + stage);
        }
        copy(c, stage, names, values);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + stage
                    + upsert.clause());
            s.execute("TRUNCATE " + stage);
        }
    }

    /** Each row's values as its binder binds them. */
    private static <T> List<Object[]> values(int width, List<T> rows, Binder<T> binder) throws SQLException {
        Object[][] current = new Object[1][];
        PreparedStatement recorder = (PreparedStatement) Proxy.newProxyInstance(PgCopyInsert.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                        current[0][i - 1] = name.equals("setNull") ? null : args[1];
                        return null;
                    }
                    throw new UnsupportedOperationException("a bulk row binds values only: " + name);
                });
        List<Object[]> values = new ArrayList<>(rows.size());
        for (T row : rows) {
            current[0] = new Object[width];
            binder.bind(recorder, row);
            values.add(current[0]);
        }
        return values;
    }

    private static List<Object[]> lastPerKey(List<Object[]> rows, int[] key) {
        Map<List<Object>, Object[]> last = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Object[] k = new Object[key.length];
            for (int i = 0; i < key.length; i++) {
                k[i] = row[key[i]];
            }
            last.remove(Arrays.asList(k)); // re-inserted: the later row takes the later place
            last.put(Arrays.asList(k), row);
        }
        return last.size() == rows.size() ? rows : new ArrayList<>(last.values());
    }

    private static void copy(Connection c, String table, String names, List<Object[]> rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + names + ") FROM STDIN (FORMAT text, ENCODING 'UTF8')");
        try {
            StringBuilder text = new StringBuilder(CHUNK + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    field(text, row[i]);
                }
                text.append('\n');
                if (text.length() >= CHUNK) {
                    send(in, text);
                }
            }
            send(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /**
     * One value in COPY's text format: {@code \N} for NULL; a backslash, tab, newline or carriage return
     * escaped (they would otherwise end the field or the row); every other character as it is, in UTF-8.
     */
    static void field(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof byte[] bytes) {
            text.append("\\\\x"); // bytea's hex input, its backslash escaped for COPY
            for (byte b : bytes) {
                text.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return;
        }
        if (value instanceof Boolean b) {
            text.append(b ? '1' : '0'); // the store's flags are 0/1 integers
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }
}
