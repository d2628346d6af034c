package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Hostile text in filter values is matched as plain text, wildcards and quotes included; the data is
 * the same before and after. Hostile sort keys, selections, attributes and entity names are in the
 * bad-input corpus ({@code corpus.BadInputCorpusIT}).
 */
@OnEachTestDatabase
class InjectionIT {

    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void seed(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/Product", Map.of("name", "Safe " + i, "number", "S-" + i));
        }
        api.post("/api/v1/Product", Map.of("name", "it's 100% \"quoted\" -- ; \\ 🙂", "number", "Q-1"));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "'; DROP TABLE \"product\"; --", "x\" OR \"1\"=\"1", "%", "_", "!",
        "\\", "*/ OR /*", "ÿ' OR 'a'='a", "🙂' UNION SELECT * FROM DATABASECHANGELOG --"})
    void hostileFilterValuesAreMatchedAsPlainText(String hostile) {
        long before = total();

        int equals = matches("equals", "name", hostile);
        int contains = matches("contains", "name", hostile);

        assertThat(equals).as("no product is named %s", hostile).isZero();
        assertThat(contains).as("only the product whose name holds %s", hostile)
                .isEqualTo("it's 100% \"quoted\" -- ; \\ 🙂".contains(hostile) ? 1 : 0);
        assertThat(total()).isEqualTo(before);
    }

    private static int matches(String type, String attribute, String value) {
        ApiResponse response = api.get("/api/v1/Product?where[0][type]=" + type + "&where[0][attribute]=" + attribute
                + "&where[0][value]=" + encode(value));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("total").asInt();
    }

    private static long total() {
        return api.get("/api/v1/Product?totalOnly=true").json().get("total").asLong();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
