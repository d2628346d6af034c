package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.atrium.app.AtriumApplication;
import dev.atrium.app.AtriumRuntime;
import dev.atrium.app.AtriumSettings;

/** Deployed under a context path, as a WAR often is, the document and Swagger UI still point at the API. */
class ContextPathDocumentationIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void theServerUrlAndSwaggerUiFollowTheContextPath() throws Exception {
        AtriumSettings settings = AtriumSettings.from(Map.of("ATRIUM_DATA_DIR", dataDir.toString()));
        try (AtriumRuntime runtime = AtriumRuntime.start(settings, getClass().getClassLoader())) {
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/atrium");
            context.addServlet(new ServletHolder(new ServletContainer(new AtriumApplication(runtime))), "/*");
            server.setHandler(context);
            server.start();
            try {
                URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/atrium/");

                assertThat(get(base.resolve("openapi.json")).body()).contains("\"url\" : \"/atrium/api/v1\"");
                HttpResponse<String> redirect = get(base.resolve("apidocs"));
                assertThat(redirect.statusCode()).isEqualTo(301);
                assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/atrium/apidocs/"));
                assertThat(get(base.resolve("apidocs/")).body()).contains("swagger-ui-bundle.js");
                assertThat(get(base.resolve("api/v1/Product")).statusCode()).as("the documented server answers: it asks who calls")
                        .isEqualTo(401);
            } finally {
                server.stop();
            }
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
