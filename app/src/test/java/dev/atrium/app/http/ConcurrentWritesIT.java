package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * Writes that race for the same links or unique values: each answers 2xx, 304 or a 400 naming the
 * field, never a 500, and the stored state is what one of them asked for, without duplicates.
 */
@OnEachTestDatabase
class ConcurrentWritesIT {

    private static final int RACERS = 20;
    private static RunningAtrium atrium;
    private static ApiClient api;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database, Map.of("ATRIUM_DB_POOL_SIZE", String.valueOf(RACERS)));
        api = atrium.api();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void concurrentReplacementsOfTheSameLinksNeverFail() throws Exception {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            categories.add(api.post("/api/v1/Category", Map.of("name", "Race " + i, "code", "race-" + i)).json()
                    .get("id").asText());
        }
        String product = api.post("/api/v1/Product", Map.of("name", "Raced", "number", "race-1")).json().get("id")
                .asText();
        List<ApiResponse> answers = race(r -> api.patch("/api/v1/Product/" + product,
                Map.of("categoriesIds", r % 2 == 0 ? categories : categories.subList(0, 2))));
        answers.forEach(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 304));
        assertThat(api.get("/api/v1/Product/" + product).json().get("categoriesIds").size()).isIn(2, 4);
        assertThat(api.get("/api/v1/ProductCategory?where[0][type]=equals&where[0][attribute]=productId"
                + "&where[0][value]=" + product).json().get("total").asInt()).isIn(2, 4);
    }

    @Test
    void concurrentIdenticalLinkCallsLinkOnce() throws Exception {
        String parent = api.post("/api/v1/Product", Map.of("name", "Parent", "number", "race-p")).json().get("id")
                .asText();
        String child = api.post("/api/v1/Product", Map.of("name", "Child", "number", "race-c")).json().get("id")
                .asText();
        List<ApiResponse> answers = race(r -> api.post("/api/v1/Product/" + child + "/parents",
                Map.of("ids", List.of(parent))));
        answers.forEach(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(api.get("/api/v1/Product/" + child).json().get("parentsIds")).hasSize(1);
    }

    @Test
    void concurrentClaimsOfOneUniqueValueLeaveOneHolderAndName400s() throws Exception {
        List<String> brands = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            brands.add(api.post("/api/v1/Brand", Map.of("name", "Claimer " + i)).json().get("id").asText());
        }
        List<ApiResponse> answers = race(r -> api.patch("/api/v1/Brand/" + brands.get(r), Map.of("code", "claimed")));
        long won = answers.stream().filter(answer -> answer.status() == 200).count();
        assertThat(won).isEqualTo(1);
        answers.stream().filter(answer -> answer.status() != 200).forEach(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("code").asText()).isEqualTo("notUnique");
        });
    }

    private interface Request {
        ApiResponse send(int racer);
    }

    private static List<ApiResponse> race(Request request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int r = 0; r < RACERS; r++) {
                int racer = r;
                Callable<ApiResponse> task = () -> {
                    start.await();
                    return request.send(racer);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
