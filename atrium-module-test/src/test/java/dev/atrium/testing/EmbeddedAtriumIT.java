package dev.atrium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The test support as a module author uses it: start, a logged-in client, the module's entity, restart, stop. */
class EmbeddedAtriumIT {

    @Test
    void servesTheModuleOnTheClassPathToALoggedInClientAndStopsCleanly() {
        URI uri;
        try (EmbeddedAtrium atrium = EmbeddedAtrium.start()) {
            uri = atrium.uri();
            AtriumClient api = atrium.client();
            String product = api.post("/api/v1/Product", Map.of("name", "Clock", "number", "C-1")).ok()
                    .get("id").asText();

            AtriumResponse created = api.post("/api/v1/Reminder", Map.of("name", "Wind it", "productId", product));
            assertThat(created.ok().get("productName").asText()).isEqualTo("Clock");
            AtriumResponse refused = api.post("/api/v1/Reminder", Map.of("productId", product));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.reason()).isEqualTo("Validation failed. 'name' is required.");
            assertThat(atrium.anonymousClient().get("/api/v1/Reminder").status()).isEqualTo(401);
            assertThat(api.get("/openapi.json").ok().get("paths").has("/Reminder")).isTrue();

            atrium.restart();
            assertThat(atrium.client().get("/api/v1/Reminder").ok().get("total").asInt()).isEqualTo(1);
        }
        assertThatThrownBy(() -> new AtriumClient(uri).get("/health")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void settingsOfTheTestWin() {
        try (EmbeddedAtrium atrium = EmbeddedAtrium.start(Map.of("ATRIUM_MAX_PAGE_SIZE", "5", "ATRIUM_DEFAULT_PAGE_SIZE", "5"))) {
            assertThat(atrium.client().get("/api/v1/Reminder?maxSize=6").status()).isEqualTo(400);
        }
    }
}
