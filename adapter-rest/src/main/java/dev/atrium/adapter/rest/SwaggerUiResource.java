package dev.atrium.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.atrium.domain.DomainException;

/**
 * {@code /apidocs/}: Swagger UI from the swagger-ui webjar, with an index page and initializer of our
 * own that open {@code openapi.json} beside {@code /apidocs/}, under whatever context path the
 * application is deployed.
 */
@Path("apidocs")
public class SwaggerUiResource {

    private static final String OWN_FILES = "dev/atrium/adapter/rest/apidocs/";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> MEDIA_TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8", "png", "image/png");

    private final ClassLoader resources = SwaggerUiResource.class.getClassLoader();
    private final String webjarFiles;

    public SwaggerUiResource() {
        this.webjarFiles = WEBJAR + webjarVersion() + "/";
    }

    /** {@code /apidocs} without the slash would resolve the page's relative links one folder too high. */
    @GET
    public Response index(@Context UriInfo uri) {
        if (!uri.getAbsolutePath().getRawPath().endsWith("/")) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder().path("apidocs/").build()).build();
        }
        return file("index.html");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        InputStream content = FILE_NAME.matcher(name).matches() && MEDIA_TYPES.containsKey(extension)
                ? open(name) : null;
        if (content == null) {
            throw DomainException.notFound("No such file: " + name);
        }
        return Response.ok(content, MEDIA_TYPES.get(extension)).build();
    }

    private InputStream open(String name) {
        InputStream own = resources.getResourceAsStream(OWN_FILES + name);
        return own != null ? own : resources.getResourceAsStream(webjarFiles + name);
    }

    private String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = resources.getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the org.webjars:swagger-ui jar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }
}
