package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/** Multilingual fields: a companion per configured language, and the language header. */
@OnEachTestDatabase
class MultilingualIT {

    @Parameter
    DatabaseKind database;

    @Test
    void companionsAndTheLanguageHeader() {
        try (RunningAtrium atrium = RunningAtrium.start(database, Map.of("ATRIUM_LANGUAGES", "de_DE,uk_UA"))) {
            ApiClient api = atrium.api();
            JsonNode created = api.post("/api/v1/Product", Map.of("name", "Skates", "nameDeDe", "Rollschuhe",
                    "nameUkUa", "Ковзани", "number", "ML-1")).json();
            String path = "/api/v1/Product/" + created.get("id").asText();

            assertThat(created.get("nameDeDe").asText()).isEqualTo("Rollschuhe");
            assertThat(api.get(path).json().get("name").asText()).isEqualTo("Skates");
            ApiResponse german = api.send(api.request(path).header("language", "de_DE"));
            assertThat(german.json().get("name").asText()).isEqualTo("Rollschuhe");
            ApiResponse ukrainianList = api.send(api.request("/api/v1/Product?where[0][type]=equals"
                    + "&where[0][attribute]=nameUkUa&where[0][value]=%D0%9A%D0%BE%D0%B2%D0%B7%D0%B0%D0%BD%D0%B8")
                    .header("language", "uk_UA"));
            assertThat(ukrainianList.json().get("list").get(0).get("name").asText()).isEqualTo("Ковзани");
            assertThat(api.send(api.request(path).header("language", "fr_FR")).status()).isEqualTo(400);
        }
    }

    @Test
    void withoutLanguagesThereAreNoCompanions() {
        try (RunningAtrium atrium = RunningAtrium.start(database)) {
            ApiResponse created = atrium.api().post("/api/v1/Product", Map.of("name", "x", "nameDeDe", "y", "number", "1"));

            assertThat(created.status()).isEqualTo(200);
            assertThat(created.header("X-Atrium-Ignored-Fields")).isEqualTo("nameDeDe");
            assertThat(created.json().has("nameDeDe")).isFalse();
        }
    }
}
