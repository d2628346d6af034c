package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.app.http.ApiClient;
import dev.atrium.app.http.ApiResponse;

/** The products of one crash trial: ids {@code crash-<trial>-<n>}, each in one to five categories. */
final class UpsertItems {

    /** The categories the items link to: {@code crash-cat-0} to {@code crash-cat-7}. */
    static final int CATEGORIES = 8;
    private static final int PAGE = 1000;

    private UpsertItems() {
    }

    /** Upsert items {@code from} (inclusive) to {@code to} (exclusive) of a trial. */
    static List<Map<String, Object>> of(int trial, int from, int to) {
        List<Map<String, Object>> items = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            items.add(Map.of("entity", "Product", "payload", Map.of("id", id(trial, n), "name", "Crash " + n,
                    "number", "CRASH-" + trial + "-" + n, "categoriesIds", categoriesOf(n))));
        }
        return items;
    }

    /** How many products of the trial are stored. */
    static int stored(ApiClient api, int trial) {
        ApiResponse page = api.get(query(trial) + "&maxSize=1&select=id");
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.json().get("total").asInt();
    }

    /**
     * Every product of the trial that is stored has exactly the categories its item named.
     *
     * @return how many products of the trial are stored
     */
    static int assertCompleteOrAbsent(ApiClient api, int trial, int items) {
        int stored = 0;
        for (int offset = 0; ; offset += PAGE) {
            ApiResponse page = api.get(query(trial) + "&select=id,categoriesIds&sortBy=id&asc=true&maxSize=" + PAGE
                    + "&offset=" + offset);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            JsonNode list = page.json().get("list");
            for (JsonNode product : list) {
                int n = Integer.parseInt(product.get("id").asText().substring(("crash-" + trial + "-").length()));
                assertThat(n).isBetween(0, items - 1);
                Set<String> linked = new HashSet<>();
                product.get("categoriesIds").forEach(id -> linked.add(id.asText()));
                assertThat(linked).as("the categories of %s", product.get("id").asText())
                        .isEqualTo(Set.copyOf(categoriesOf(n)));
                stored++;
            }
            if (list.size() < PAGE) {
                return stored;
            }
        }
    }

    private static String query(int trial) {
        return "/api/v1/Product?where[0][type]=startsWith&where[0][attribute]=id&where[0][value]=crash-" + trial + "-";
    }

    private static String id(int trial, int n) {
        return "crash-" + trial + "-" + n;
    }

    private static List<String> categoriesOf(int n) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k <= n % 5; k++) {
            ids.add("crash-cat-" + (n + k) % CATEGORIES);
        }
        return ids;
    }
}
