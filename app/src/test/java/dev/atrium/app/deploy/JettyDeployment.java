package dev.atrium.app.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.atrium.adapter.persistence.DatabaseSettings;

/**
 * The WAR in the jetty-home distribution, as an operator sets it up: a JETTY_BASE with the
 * {@code http} and {@code ee11-deploy} modules, {@code atrium.war} in its {@code webapps}, and the
 * database as context init parameters in the context file {@code webapps/atrium.xml}.
 */
final class JettyDeployment {

    private JettyDeployment() {
    }

    /** @param parameters context parameters of the deployment ({@code atrium.modules.dir}) */
    static ContainerProcess start(Path home, Path war, Path base, int port, DatabaseSettings db,
            Map<String, String> parameters, Map<String, String> environment) throws IOException, InterruptedException {
        Path work = Files.createDirectories(base.resolve("work"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String startJar = home.resolve("start.jar").toString();
        Process setup = new ProcessBuilder(java, "-jar", startJar, "--add-modules=http,ee11-deploy")
                .directory(base.toFile()).redirectErrorStream(true).start();
        String setupOutput = new String(setup.getInputStream().readAllBytes());
        if (setup.waitFor() != 0) {
            throw new AssertionError("jetty base setup failed:\n" + setupOutput);
        }
        Files.copy(war, base.resolve("webapps/atrium.war"));
        Files.writeString(base.resolve("webapps/atrium.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Configure PUBLIC "-//Jetty//Configure//EN" "https://jetty.org/configure_10_0.dtd">
                <Configure class="org.eclipse.jetty.ee11.webapp.WebAppContext">
                  <Set name="contextPath">/atrium</Set>
                  <Set name="war"><Property name="jetty.webapps" default="."/>/atrium.war</Set>
                  <Call name="setInitParameter"><Arg>atrium.db.url</Arg><Arg>%s</Arg></Call>
                  <Call name="setInitParameter"><Arg>atrium.db.user</Arg><Arg>%s</Arg></Call>
                  <Call name="setInitParameter"><Arg>atrium.db.password</Arg><Arg>%s</Arg></Call>
                %s</Configure>
                """.formatted(Xml.escape(db.url()), Xml.escape(db.user()), Xml.escape(db.password()),
                initParameters(parameters)));
        return ContainerProcess.start("Jetty", List.of(java, ContainerProcess.JVM_TIME_ZONE, "-Djava.io.tmpdir=" + work,
                "-jar", startJar, "jetty.http.host=127.0.0.1", "jetty.http.port=" + port), base, environment);
    }

    private static String initParameters(Map<String, String> parameters) {
        StringBuilder xml = new StringBuilder();
        parameters.forEach((name, value) -> xml.append("  <Call name=\"setInitParameter\"><Arg>").append(Xml.escape(name))
                .append("</Arg><Arg>").append(Xml.escape(value)).append("</Arg></Call>\n"));
        return xml.toString();
    }
}
