package dev.atrium.app.http.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;
import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.RunningAtrium;

/**
 * The bad-input corpus: the requests of {@code bad-input-corpus.jsonl} and the generated wrong-type
 * cases, each sent as raw bytes. None may be answered 5xx; every 4xx is JSON with its reason in the
 * caller's terms; and no request of the corpus changes a row of the database.
 */
@OnEachTestDatabase
class BadInputCorpusIT {

    private static RunningAtrium atrium;
    private static RawHttp http;
    private static Connection connection;
    private static DataDigest digest;
    private static Map<String, String> lastDigest;
    private static final Map<String, String> PLACEHOLDERS = new LinkedHashMap<>();
    private static final Map<String, String> CREDENTIALS = new LinkedHashMap<>();

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) throws SQLException {
        atrium = RunningAtrium.start(database);
        http = new RawHttp(atrium.uri());
        CorpusSeed.seed(atrium, PLACEHOLDERS, CREDENTIALS);
        connection = atrium.connect();
        connection.setAutoCommit(false);
        digest = new DataDigest(connection);
        lastDigest = null;
    }

    @AfterParameterizedClassInvocation
    static void stop() throws SQLException {
        try {
            connection.close();
        } finally {
            atrium.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> noBadRequestFailsTheServerOrChangesData() {
        List<CorpusRequest> corpus = new ArrayList<>(CorpusFile.read(BadInputCorpusIT::fill));
        corpus.addAll(WrongTypeCases.of(atrium.catalog(), CorpusSeed.updatable(PLACEHOLDERS)));
        return corpus.stream().map(request -> DynamicTest.dynamicTest(request.name(), () -> check(request)));
    }

    private static void check(CorpusRequest request) {
        Map<String, String> before = lastDigest != null ? lastDigest : digest.take();
        lastDigest = null;
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        String credentials = CREDENTIALS.get(request.auth());
        if (credentials != null) {
            headers.put(credentials.startsWith("Basic ") ? "Authorization" : "Authorization-Token", credentials);
        }
        RawHttp.Answer answer = http.send(request.method(), request.target(), headers, request.body());
        String shown = answer.status() + " " + abbreviated(answer.body());

        Map<String, String> after = digest.take();
        lastDigest = after;
        assertThat(answer.status()).as("5xx for %s: %s", request.name(), shown).isLessThan(500);
        assertThat(request.accepts(answer.status())).as("expected %s, got %s", request.expect(), shown).isTrue();
        if (answer.status() >= 400) {
            checkError(request, answer, shown);
        }
        assertThat(after).as("the data after %s (%s)", request.name(), shown).isEqualTo(before);
    }

    private static void checkError(CorpusRequest request, RawHttp.Answer answer, String shown) {
        assertThat(answer.header("Content-Type")).as(shown).startsWith("application/json");
        assertThat(answer.header("X-Status-Reason")).as(shown).isNotBlank();
        JsonNode json = parse(answer.body(), shown);
        assertThat(json.path("status").asInt()).as(shown).isEqualTo(answer.status());
        String reason = json.path("reason").asText();
        assertThat(reason).as("a reason in the caller's terms: %s", shown).isNotBlank()
                .doesNotContainIgnoringCase("jackson").doesNotContain("com.fasterxml").doesNotContain("Feature")
                .doesNotContain("JsonNode").doesNotContain("StreamReadConstraints").doesNotContain("`")
                .doesNotContain("Exception").doesNotContain("org.hibernate").doesNotContain("incident");
        if (request.reason() != null) {
            assertThat(reason).as(shown).contains(request.reason());
        }
        if (request.field() != null) {
            List<String> named = new ArrayList<>();
            json.path("errors").forEach(error -> {
                if (request.code() == null || request.code().equals(error.path("code").asText())) {
                    named.add(error.path("field").asText());
                }
            });
            assertThat(named).as("errors naming %s with code %s: %s", request.field(), request.code(), shown)
                    .contains(request.field());
        }
    }

    private static JsonNode parse(String body, String shown) {
        try {
            return ApiClient.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("the error answer is not JSON: " + shown, e);
        }
    }

    private static String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
            filled = filled.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return filled;
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
