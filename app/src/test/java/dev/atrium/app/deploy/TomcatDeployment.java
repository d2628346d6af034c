package dev.atrium.app.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.atrium.adapter.persistence.DatabaseSettings;

/**
 * The WAR in the Tomcat distribution, as an operator sets it up: a CATALINA_BASE beside the
 * unpacked distribution, {@code atrium.war} in its {@code webapps}, and the database in JNDI
 * {@code <Environment>} entries of the context descriptor {@code conf/Catalina/localhost/atrium.xml}.
 */
final class TomcatDeployment {

    private TomcatDeployment() {
    }

    /** @param parameters context parameters of the deployment ({@code atrium.modules.dir}) */
    static ContainerProcess start(Path home, Path war, Path base, int port, DatabaseSettings db,
            Map<String, String> parameters, Map<String, String> environment) throws IOException {
        Files.createDirectories(base.resolve("conf/Catalina/localhost"));
        for (String folder : List.of("logs", "temp", "webapps", "work")) {
            Files.createDirectories(base.resolve(folder));
        }
        try (Stream<Path> files = Files.list(home.resolve("conf"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, base.resolve("conf").resolve(file.getFileName()));
            }
        }
        Files.writeString(base.resolve("conf/server.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="-1" shutdown="SHUTDOWN">
                  <Service name="Catalina">
                    <Connector port="%d" address="127.0.0.1" protocol="HTTP/1.1"/>
                    <Engine name="Catalina" defaultHost="localhost">
                      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
                    </Engine>
                  </Service>
                </Server>
                """.formatted(port));
        Files.writeString(base.resolve("conf/Catalina/localhost/atrium.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Context>
                  <Environment name="atrium/db.url" value="%s" type="java.lang.String" override="false"/>
                  <Environment name="atrium/db.user" value="%s" type="java.lang.String" override="false"/>
                  <Environment name="atrium/db.password" value="%s" type="java.lang.String" override="false"/>
                %s</Context>
                """.formatted(Xml.escape(db.url()), Xml.escape(db.user()), Xml.escape(db.password()),
                contextParameters(parameters)));
        Files.copy(war, base.resolve("webapps/atrium.war"));
        Map<String, String> variables = new HashMap<>(environment);
        variables.putAll(Map.of("CATALINA_HOME", home.toString(), "CATALINA_BASE", base.toString(),
                "CATALINA_OPTS", ContainerProcess.JVM_TIME_ZONE));
        return ContainerProcess.start("Tomcat", List.of("sh", home.resolve("bin/catalina.sh").toString(), "run"),
                base, variables);
    }

    private static String contextParameters(Map<String, String> parameters) {
        StringBuilder xml = new StringBuilder();
        parameters.forEach((name, value) -> xml.append("  <Parameter name=\"").append(Xml.escape(name))
                .append("\" value=\"").append(Xml.escape(value)).append("\" override=\"false\"/>\n"));
        return xml.toString();
    }
}
