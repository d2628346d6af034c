package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** The data outlives the process: the default H2 file, and the server databases. */
@OnEachTestDatabase
class RestartIT {

    @Parameter
    DatabaseKind database;

    @Test
    void recordsSurviveARestart() {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            String id = atrium.api().post("/api/v1/Brand", Map.of("name", "Lasting", "code", "lasting"))
                    .json().get("id").asText();

            try (LogRecords log = LogRecords.capture("dev.atrium.app", Level.INFO)) {
                atrium.restart();
                assertThat(log.all()).as("the admin password set again is named as unread")
                        .anySatisfy(record -> assertThat(record.getMessage()).startsWith("ATRIUM_ADMIN_PASSWORD is read only"));
            }

            assertThat(atrium.api().get("/api/v1/Brand/" + id).json().get("name").asText()).isEqualTo("Lasting");
            assertThat(atrium.api().post("/api/v1/Brand", Map.of("name", "Copy", "code", "lasting")).status())
                    .as("unique keys hold after the restart").isEqualTo(400);
        }
    }
}
