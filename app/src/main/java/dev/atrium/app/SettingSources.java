package dev.atrium.app;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.servlet.ServletContext;

/**
 * Where settings come from, each looked up by its environment name ({@code ATRIUM_DB_URL}). In a
 * servlet container the first that has a value wins: the context parameter {@code atrium.db.url},
 * the JNDI entry {@code java:comp/env/atrium/db.url}, the system property {@code atrium.db.url},
 * the environment variable {@code ATRIUM_DB_URL}. What is set for one deployment so beats what is
 * set for the whole container or machine. The embedded server reads the last two only.
 */
final class SettingSources {

    private SettingSources() {
    }

    static UnaryOperator<String> inContainer(ServletContext context) {
        return firstOf(List.of(name -> context.getInitParameter(propertyName(name)), SettingSources::jndiEntry,
                SettingSources::systemProperty, System::getenv));
    }

    static UnaryOperator<String> embedded() {
        return firstOf(List.of(SettingSources::systemProperty, System::getenv));
    }

    /** The first source with a value that is not blank; null when none has one. */
    static UnaryOperator<String> firstOf(List<UnaryOperator<String>> sources) {
        return name -> {
            for (UnaryOperator<String> source : sources) {
                String value = source.apply(name);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        };
    }

    /** {@code ATRIUM_DB_URL} is {@code atrium.db.url}. */
    static String propertyName(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** {@code ATRIUM_DB_URL} is {@code java:comp/env/atrium/db.url}. */
    static String jndiName(String name) {
        return "java:comp/env/atrium/" + propertyName(name).substring("atrium.".length());
    }

    private static String systemProperty(String name) {
        return System.getProperty(propertyName(name));
    }

    /** A missing entry, or no JNDI at all (embedded, Jetty without its plus module), is no value. */
    private static String jndiEntry(String name) {
        try {
            Object value = new InitialContext().lookup(jndiName(name));
            return value == null ? null : value.toString();
        } catch (NamingException absent) {
            return null;
        }
    }
}
