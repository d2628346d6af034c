package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two Atrium nodes on one PostgreSQL database: a field added through one node is usable and documented
 * through the other within 2 s, two admins changing the model on both nodes at once both succeed, and a field
 * deleted through one node fails none of the other's reads and writes of its entity.
 * Runs when {@code ATRIUM_TEST_DATABASES} lists postgresql.
 */
@EnabledIf("dev.atrium.app.http.TwoNodes#postgresqlListed")
class TwoNodeCatalogIT {

    private static final Duration REACH = Duration.ofSeconds(2);

    @Test
    void aFieldAddedThroughOneNodeIsUsableAndDocumentedThroughTheOtherWithinTwoSeconds() throws InterruptedException {
        try (TwoNodes nodes = TwoNodes.start()) {
            ApiClient a = nodes.a().api();
            ApiClient b = nodes.b().api();
            assertThat(a.post("/api/v1/EntityField", Map.of("entityId", "Brand", "code", "origin", "type", "varchar"))
                    .status()).isEqualTo(200);
            long added = System.nanoTime();

            long reached = waitFor(() -> nodes.b().anonymous().get("/openapi.json").json()
                    .at("/components/schemas/Brand/properties").has("origin"));
            ApiResponse created = b.post("/api/v1/Brand", Map.of("name", "Far", "code", "far", "origin", "north"));

            assertThat(Duration.ofNanos(reached - added)).isLessThan(REACH);
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            assertThat(created.json().get("origin").asText()).isEqualTo("north");
            assertThat(a.get("/api/v1/Brand/" + created.json().get("id").asText()).json().get("origin").asText())
                    .isEqualTo("north");

            CompletableFuture<ApiResponse> onA = CompletableFuture.supplyAsync(() -> a.post("/api/v1/EntityField",
                    Map.of("entityId", "Brand", "code", "fromA", "type", "int")));
            CompletableFuture<ApiResponse> onB = CompletableFuture.supplyAsync(() -> b.post("/api/v1/EntityField",
                    Map.of("entityId", "Brand", "code", "fromB", "type", "int")));
            assertThat(List.of(onA.join().status(), onB.join().status())).containsExactly(200, 200);
            waitFor(() -> b.get("/api/v1/Metadata").json().at("/entityDefs/Brand/fields").has("fromA")
                    && a.get("/api/v1/Metadata").json().at("/entityDefs/Brand/fields").has("fromB"));
            assertThat(b.post("/api/v1/Brand", Map.of("name", "Both", "code", "both", "fromA", 1, "fromB", 2))
                    .json().get("fromA").asInt()).as("neither change is lost").isEqualTo(1);

            // a field deleted through one node: the other reads and writes the entity throughout
            String far = created.json().get("id").asText();
            Traffic traffic = Traffic.start(n -> List.of(b.get("/api/v1/Brand/" + far),
                    b.patch("/api/v1/Brand/" + far, Map.of("name", "Far " + n)),
                    b.get("/api/v1/Brand?maxSize=5&sortBy=name&asc=true")));
            assertThat(a.delete("/api/v1/EntityField/Brand_origin").status()).isEqualTo(200);
            traffic.stopAndCheck("answers of the other node while the field went", 10);
            assertThat(b.get("/api/v1/Brand/" + far).json().has("origin")).isFalse();
        }
    }

    /** Waits until the condition holds, at most 5 s; gives the time it first held. */
    private static long waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the condition held in time").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return System.nanoTime();
    }
}
