package vn.atr.store;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk path (ADR 0140): the rows travel as one {@code COPY ... FROM STDIN} stream in COPY's
 * text format instead of one bound statement each. A plain insert copies straight into the table (its
 * keys, checks and foreign keys apply as to an {@code INSERT}). An upsert is one
 * {@code INSERT ... SELECT * FROM unnest(?, ...) ON CONFLICT} whose parameters are the rows' columns as
 * arrays (ADR 0160): conflicts handled exactly as the batched statement handles them, with no staging table
 * to create and empty per batch (a {@code TRUNCATE} costs milliseconds even on an empty temporary table).
 * The repositories' binders are reused as they are: they bind into a statement that only records each
 * row's values.
 */
final class PgCopyInsert implements BulkInsert {
    static final PgCopyInsert INSTANCE = new PgCopyInsert();
    /** Bytes sent to the server at a time. */
    private static final int CHUNK = 1 << 16;
    /** Rows per upsert statement: a package's activities in one, a bound on the arrays' memory. */
    private static final int ARRAY_ROWS = 10_000;

    private PgCopyInsert() {
    }

    @Override
    public <T> void write(Connection c, String table, List<String> columns, Upsert upsert, List<T> rows,
                          Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
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
        List<String> types = types(c, table, columns);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(names)
                .append(") SELECT * FROM unnest(");
        for (int i = 0; i < types.size(); i++) {
            sql.append(i > 0 ? ", " : "").append("?::").append(types.get(i)).append("[]");
        }
        sql.append(')').append(upsert.clause());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int from = 0; from < values.size(); from += ARRAY_ROWS) {
                List<Object[]> part = values.subList(from, Math.min(values.size(), from + ARRAY_ROWS));
                for (int i = 0; i < types.size(); i++) {
                    ps.setArray(i + 1, c.createArrayOf(types.get(i), column(part, i, types.get(i).startsWith("int"))));
                }
                ps.executeUpdate();
            }
        }
    }

    /** Each table's column types as the server names them ("text", "int8"): the same in every store. */
    private static final Map<String, List<String>> TYPES = new ConcurrentHashMap<>();

    private static List<String> types(Connection c, String table, List<String> columns) throws SQLException {
        String names = String.join(", ", columns);
        List<String> known = TYPES.get(table + " " + names);
        if (known != null) {
            return known;
        }
        List<String> types = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + names + " FROM " + table + " WHERE false")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                types.add(md.getColumnTypeName(i));
            }
        }
        TYPES.put(table + " " + names, List.copyOf(types));
        return types;
    }

    /**
     * One column of the rows as an array parameter: whole numbers (and the 0/1 flags) as {@code Long}, every
     * other value as the text the server reads for its type (the store's tables hold no other kinds).
     */
    private static Object[] column(List<Object[]> rows, int index, boolean whole) {
        Object[] column = whole ? new Long[rows.size()] : new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Object v = rows.get(r)[index];
            if (v == null) {
                continue;
            }
            if (whole) {
                column[r] = v instanceof Boolean b ? (b ? 1L : 0L)
                        : v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
            } else if (v instanceof byte[]) {
                throw new UnsupportedOperationException("an upsert writes text and whole numbers only");
            } else {
                column[r] = v.toString();
            }
        }
        return column;
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
