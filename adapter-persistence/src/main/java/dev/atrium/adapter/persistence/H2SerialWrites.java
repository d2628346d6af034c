package dev.atrium.adapter.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The H2 pool with {@link H2WriteLock}: a connection takes the lock at its first statement that may write
 * (anything but a plain query; {@code SELECT ... FOR UPDATE} locks rows, so it counts) and keeps it until
 * its transaction ends (commit, rollback, back to autocommit, closed); in autocommit a writing statement
 * holds it while it runs. Every writer takes turns this way, whichever path it takes to the database:
 * units of work, the job store, login and idempotency records, migrations. Units of work take the lock
 * before their connection ({@link HibernateUnitOfWork}), so that writers wait without holding one.
 */
final class H2SerialWrites implements DataSource, AutoCloseable {

    private static final Pattern QUERY = Pattern.compile("[\\s(]*(select|with|values|table|show|explain)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCKING = Pattern.compile("\\bfor\\s+update\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final HikariDataSource pool;
    private final H2WriteLock lock;

    H2SerialWrites(HikariDataSource pool, H2WriteLock lock) {
        this.pool = pool;
        this.lock = lock;
    }

    /** Whether a statement may change the database (and so must take its turn). */
    static boolean writes(String sql) {
        return !QUERY.matcher(sql).lookingAt() || LOCKING.matcher(sql).find();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return proxy(Connection.class, new Turns(pool.getConnection()));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool has its own credentials");
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(pool) ? type.cast(pool) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(pool) || pool.isWrapperFor(type);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(H2SerialWrites.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /**
     * Calls the pooled object; a proxy equals only itself, as Hibernate keeps statements in hash maps and
     * the pool's objects do not know the proxy.
     */
    private static Object call(Object self, Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("equals") && method.getParameterCount() == 1) {
            return self == args[0];
        }
        if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
            return System.identityHashCode(self);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One pooled connection: whether it holds the lock, and its statements. */
    private final class Turns implements InvocationHandler {

        private final Connection connection;
        private boolean holding;

        Turns(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            // a failed commit leaves the transaction open until its rollback or close
            boolean endsOnSuccess = name.equals("commit") || name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]);
            boolean ends = name.equals("close") || name.equals("rollback") && (args == null || args.length == 0);
            try {
                Object result = call(self, connection, method, args);
                if (endsOnSuccess) {
                    end();
                }
                return result instanceof Statement statement ? statement(self, method, args, statement) : result;
            } finally {
                if (ends) {
                    end();
                }
            }
        }

        private Object statement(Object self, Method method, Object[] args, Statement statement) {
            boolean prepared = method.getName().startsWith("prepare");
            boolean writes = prepared && writes((String) args[0]);
            Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return proxy(type, (proxied, called, parameters) -> {
                if (called.getName().equals("getConnection")) {
                    return self;
                }
                if (!EXECUTE.contains(called.getName())) {
                    return call(proxied, statement, called, parameters);
                }
                boolean writing = prepared ? writes || called.getName().contains("Batch")
                        : parameters == null || parameters.length == 0 || writes((String) parameters[0]);
                if (!writing) {
                    return call(proxied, statement, called, parameters);
                }
                begin();
                try {
                    return call(proxied, statement, called, parameters);
                } finally {
                    endIfAutocommit();
                }
            });
        }

        /** In autocommit the statement was its own transaction; a connection that broke keeps the turn until closed. */
        private void endIfAutocommit() {
            try {
                if (connection.getAutoCommit()) {
                    end();
                }
            } catch (SQLException broken) {
                // closing the connection ends the turn
            }
        }

        private void begin() {
            if (!holding) {
                lock.acquire();
                holding = true;
            }
        }

        private void end() {
            if (holding) {
                holding = false;
                lock.release();
            }
        }
    }

    @Override
    public String toString() {
        return "H2SerialWrites[" + pool.getPoolName() + "]";
    }
}
