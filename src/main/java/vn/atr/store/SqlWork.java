package vn.atr.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work; only the store layer sees {@link Connection}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
