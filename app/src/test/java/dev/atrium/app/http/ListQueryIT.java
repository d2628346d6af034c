package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/** The list parameters of GET /api/v1/{entity} over HTTP, in both of AtroCore's where forms. */
@OnEachTestDatabase
class ListQueryIT {

    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void seed(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        api = atrium.api();
        api.post("/api/v1/Brand", Map.of("id", "b-acme", "name", "Acme", "code", "acme"));
        api.post("/api/v1/Brand", Map.of("id", "b-zeta", "name", "Zeta", "code", "zeta"));
        for (int i = 0; i < 30; i++) {
            api.post("/api/v1/Product", Map.of("id", String.format("lq-%02d", i), "name", "Item " + (char) ('a' + i % 26),
                    "number", "N-" + i, "status", i % 3 == 0 ? "ready" : "draft", "price", i * 1.5,
                    "brandId", i % 2 == 0 ? "b-acme" : "b-zeta"));
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void bracketWhereFiltersAsAtroCoreClientsSendIt() {
        JsonNode page = api.get("/api/v1/Product?where[0][type]=equals&where[0][attribute]=status&where[0][value]=ready"
                + "&where[1][type]=in&where[1][attribute]=brandId&where[1][value][]=b-acme&maxSize=200").json();

        assertThat(page.get("total").asInt()).isEqualTo(5);
        page.get("list").forEach(product -> {
            assertThat(product.get("status").asText()).isEqualTo("ready");
            assertThat(product.get("brandName").asText()).isEqualTo("Acme");
        });
    }

    @Test
    void jsonWhereAndNestedOrGiveTheSameAnswer() {
        String where = "[{\"type\":\"or\",\"value\":[{\"type\":\"greaterThan\",\"attribute\":\"price\",\"value\":40},"
                + "{\"type\":\"startsWith\",\"attribute\":\"name\",\"value\":\"item a\"}]}]";

        JsonNode page = api.get("/api/v1/Product?where=" + encode(where) + "&sortBy=price&asc=true").json();

        List<Double> prices = new ArrayList<>();
        page.get("list").forEach(product -> prices.add(product.get("price").asDouble()));
        assertThat(prices).containsExactly(0.0, 39.0, 40.5, 42.0, 43.5);
    }

    @Test
    void selectReturnsOnlyTheAskedAttributesAndId() {
        JsonNode product = api.get("/api/v1/Product?select=name,brandName&maxSize=1").json().get("list").get(0);

        List<String> names = new ArrayList<>();
        product.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("id", "name", "brandName");
    }

    @Test
    void textFilterSearchesTextFieldsIgnoringCase() {
        JsonNode page = api.get("/api/v1/Product?textFilter=ITEM%20C").json();

        assertThat(page.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void totalOnlyCollectionOnlyAndCountNone() {
        assertThat(fieldNames(api.get("/api/v1/Product?totalOnly=true").json())).containsExactly("total");
        assertThat(fieldNames(api.get("/api/v1/Product?collectionOnly=true&maxSize=50").json())).containsExactly("list");
        assertThat(fieldNames(api.get("/api/v1/Product?count=none&maxSize=50").json())).containsExactly("list");
    }

    @Test
    void cursorPagesThroughEveryRecordOnce() {
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = api.get("/api/v1/Product?sortBy=status,name:desc&maxSize=7&count=none"
                    + (next == null ? "" : "&cursor=" + next)).json();
            page.get("list").forEach(product -> seen.add(product.get("id").asText()));
            next = page.has("next") ? page.get("next").asText() : null;
        } while (next != null);

        JsonNode all = api.get("/api/v1/Product?sortBy=status,name:desc&maxSize=1000").json();
        List<String> expected = new ArrayList<>();
        all.get("list").forEach(product -> expected.add(product.get("id").asText()));
        assertThat(seen).hasSize(30).isEqualTo(expected);
    }

    @Test
    void aCursorUsedWithAnotherOrderIsRefused() {
        String next = api.get("/api/v1/Product?sortBy=name&maxSize=5").json().get("next").asText();

        ApiResponse other = api.get("/api/v1/Product?sortBy=number&maxSize=5&cursor=" + next);

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.header("X-Status-Reason")).contains("cursor");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "where[0][type]=bogus&where[0][attribute]=name&where[0][value]=x",
        "where[0][type]=equals&where[0][attribute]=nothing&where[0][value]=x",
        "where[0][type]=today&where[0][attribute]=isActive",
        "where[0][type]=equals&where[0][attribute]=price&where[0][value]=cheap",
        "where=%5B%7B%22type%22",
        "sortBy=price%3Bdrop",
        "select=name,password",
        "count=some"})
    void badListParametersAre400AndNameTheProblem(String query) {
        ApiResponse response = api.get("/api/v1/Product?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("reason").asText()).isNotBlank();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
