package dev.atrium.adapter.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the document states beyond the catalog.
 *
 * @param apiVersion {@code info.version}: the Atrium build
 * @param defaultPageSize list page size when {@code maxSize} is not given
 * @param maxPageSize the largest {@code maxSize} accepted
 */
public record OpenApiSettings(String apiVersion, int defaultPageSize, int maxPageSize) {

    /** Settings naming the version of this build, as the build wrote it into {@code build.properties}. */
    public static OpenApiSettings forThisBuild(int defaultPageSize, int maxPageSize) {
        Properties build = new Properties();
        try (InputStream in = OpenApiSettings.class.getResourceAsStream("build.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("build.properties cannot be read", e);
        }
        return new OpenApiSettings(build.getProperty("version"), defaultPageSize, maxPageSize);
    }
}
