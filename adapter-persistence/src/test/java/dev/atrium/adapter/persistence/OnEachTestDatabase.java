package dev.atrium.adapter.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the annotated test class once per database listed in {@code ATRIUM_TEST_DATABASES}; the
 * class receives the {@link DatabaseKind} of each run (a {@code @Parameter} field).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@MethodSource("dev.atrium.adapter.persistence.TestDatabase#listed")
public @interface OnEachTestDatabase {
}
