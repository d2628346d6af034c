package dev.atrium.app.http;

import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Counts the round trips Atrium makes to its database: every statement executed (a JDBC batch is one)
 * and every commit or rollback, by wrapping its DataSource. Background threads ({@code atrium-*}) are
 * not counted, so a count is what the requests sent.
 */
public final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final List<String> sent = new ArrayList<>();
    private volatile boolean counting;

    /** Wraps the DataSource of the context about to start. */
    public void install(GenericApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(this);
    }

    /** What {@code action} sent: the SQL of each statement, and COMMIT or ROLLBACK for each transaction end. */
    public synchronized <T> Round count(Supplier<T> action) {
        synchronized (sent) {
            sent.clear();
        }
        counting = true;
        try {
            action.get();
        } finally {
            counting = false;
        }
        synchronized (sent) {
            return new Round(List.copyOf(sent));
        }
    }

    /** The round trips of one counted action. */
    public record Round(List<String> sent) {

        /** Statements executed, transaction ends left out. */
        public long statements() {
            return sent.stream().filter(sql -> !sql.equals("COMMIT") && !sql.equals("ROLLBACK")).count();
        }

        public long transactionEnds() {
            return sent.size() - statements();
        }

        @Override
        public String toString() {
            return statements() + " statements and " + transactionEnds() + " commits or rollbacks:\n  "
                    + String.join("\n  ", sent.stream().map(sql -> sql.length() > 300 ? sql.substring(0, 300) + "..." : sql)
                            .toList());
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return wrap(dataSource, null, DataSource.class, Closeable.class);
        }
        return bean;
    }

    private Object wrap(Object target, String sql, Class<?>... types) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types,
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return observe(method, args, result, sql);
                });
    }

    private Object observe(Method method, Object[] args, Object result, String sql) {
        String name = method.getName();
        if (result instanceof Connection connection && name.equals("getConnection")) {
            return wrap(connection, null, Connection.class);
        }
        if (result instanceof CallableStatement statement) {
            return wrap(statement, (String) args[0], CallableStatement.class);
        }
        if (result instanceof PreparedStatement statement) {
            return wrap(statement, (String) args[0], PreparedStatement.class);
        }
        if (result instanceof Statement statement && name.equals("createStatement")) {
            return wrap(statement, null, Statement.class);
        }
        if (EXECUTIONS.contains(name)) {
            record(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
        } else if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
            record(name.toUpperCase());
        }
        return result;
    }

    private void record(String what) {
        if (counting && !Thread.currentThread().getName().startsWith("atrium-")) {
            synchronized (sent) {
                sent.add(what);
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            method.setAccessible(true);
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
