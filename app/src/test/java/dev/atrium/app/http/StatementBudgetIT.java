package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;
import dev.atrium.application.service.SecurityVersionWatch;
import dev.atrium.application.testing.MutableClock;

/**
 * Statement budgets, counted at the JDBC driver on every database: a record with every link filled,
 * a page of 50 with its total and to-many links, and a 1,000-item upsert each cost a fixed number of
 * round trips, whatever the number of links or items. A new N+1 query breaks this test, not a benchmark.
 * Atrium's clock stands still here, so a caller's token and access policy stay cached (they are kept for
 * 10 and 5 seconds) and a count is the request's own work, however slowly the machine runs.
 */
@OnEachTestDatabase
class StatementBudgetIT {

    /**
     * Statements of one upsert round of Product items (up to 1,000, 250 on H2), new or updated, as measured when set:
     * the records matched by id, the linked ids checked, the write, and the names of the answer's links (the answer
     * is built from what was matched and written, not read back).
     */
    private static final int UPSERT_STATEMENTS = 4;
    private static final String UPSERT = "/api/v1/MassActions/action/upsert";

    private static final StatementCounter COUNTER = new StatementCounter();
    private static RunningAtrium atrium;
    private static ApiClient admin;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database, Map.of("ATRIUM_JOB_WORKER", "false"), MutableClock.at(Instant.now()),
                COUNTER::install);
        admin = atrium.api();
        created("/api/v1/Brand", Map.of("id", "b1", "name", "Brand one", "code", "b1"));
        created("/api/v1/Category", Map.of("id", "c1", "name", "Boots", "code", "c1"));
        created("/api/v1/Category", Map.of("id", "c2", "name", "Shoes", "code", "c2"));
        created("/api/v1/Channel", Map.of("id", "ch1", "name", "Shop", "code", "ch1"));
        created("/api/v1/Classification", Map.of("id", "cl1", "name", "Footwear", "code", "cl1"));
        created("/api/v1/Team", Map.of("id", "t1", "name", "Team one"));
        created("/api/v1/Attribute", Map.of("id", "weight", "name", "Weight", "code", "weight", "type", "float"));
        String reader = readerWithOwnProducts();
        created("/api/v1/Product", Map.of("id", "parent", "name", "Parent", "number", "P-0"));
        created("/api/v1/Product", Map.ofEntries(Map.entry("id", "full"), Map.entry("name", "Full"), Map.entry("number", "F-1"),
                Map.entry("brandId", "b1"), Map.entry("categoriesIds", List.of("c1", "c2")), Map.entry("channelsIds", List.of("ch1")),
                Map.entry("classificationsIds", List.of("cl1")), Map.entry("parentsIds", List.of("parent")),
                Map.entry("teamsIds", List.of("t1")), Map.entry("ownerUserId", reader), Map.entry("assignedUserId", reader)));
        created("/api/v1/Product", Map.of("id", "child", "name", "Child", "number", "C-1", "parentsIds", List.of("full")));
        assertThat(admin.post("/api/v1/Product/full/upsertAttributeValues",
                List.of(Map.of("attributeId", "weight", "value", 1.5))).status()).isEqualTo(200);
        awaitSecurityVersionSeen();
    }

    /**
     * The role and user written above move the security version; the node drops its token and access
     * caches when its watch, which reads the version every 500 ms, sees it move. Counting starts after that.
     */
    private static void awaitSecurityVersionSeen() {
        try {
            Thread.sleep(3 * SecurityVersionWatch.POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void aRecordWithEveryLinkFilledIsOneStatement() {
        admin.get("/api/v1/Product/full");
        List<ApiResponse> answer = new ArrayList<>();

        StatementCounter.Round round = COUNTER.count(() -> answer.add(admin.get("/api/v1/Product/full")));

        JsonNode product = answer.get(0).json();
        assertThat(product.get("brandName").asText()).isEqualTo("Brand one");
        assertThat(product.get("categoriesNames")).hasSize(2);
        for (String link : List.of("channels", "classifications", "parents", "children", "teams", "attributeValues")) {
            assertThat(product.get(link + "Ids")).as(link).hasSize(1);
        }
        assertThat(round.statements()).as(round.toString()).isEqualTo(1);
        assertThat(round.transactionEnds()).as("a read needs no transaction, except where MariaDB makes "
                + "leaving it cost as much as its COMMIT").isEqualTo(database == DatabaseKind.MARIADB ? 1 : 0);
    }

    @Test
    void aRecordWithinTheCallersOwnScopeIsOneStatement() {
        ApiClient reader = atrium.anonymous().loggedInAs("own-reader", "own-reader-pass");
        reader.get("/api/v1/Product/full");
        List<ApiResponse> answers = new ArrayList<>();

        StatementCounter.Round round = COUNTER.count(() -> answers.add(reader.get("/api/v1/Product/full")));
        StatementCounter.Round denied = COUNTER.count(() -> answers.add(reader.get("/api/v1/Product/parent")));

        assertThat(answers).extracting(ApiResponse::status).containsExactly(200, 403);
        assertThat(round.statements()).as(round.toString()).isEqualTo(1);
        assertThat(denied.statements()).as("telling 403 from 404 may take more: " + denied).isLessThanOrEqualTo(3);
    }

    /** The page, the names behind its belongs-to ids (one statement for all its links) and the count. */
    @Test
    void aPageOfFiftyWithItsTotalAndLinksIsThreeStatementsAndTheTotalIsKept() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            items.add(Map.of("entity", "Product", "payload", Map.of("id", "page-" + i, "name", "Page " + i,
                    "number", "PG-" + i, "brandId", "b1", "categoriesIds", List.of("c1"))));
        }
        assertThat(admin.post(UPSERT, items).status()).isEqualTo(200);
        String page = "/api/v1/Product?maxSize=50&sortBy=name&asc=true"
                + "&select=name,brandName,ownerUserName,categoriesIds,categoriesNames,channelsIds,parentsIds";
        int before = admin.get(page).json().get("total").asInt();
        created("/api/v1/Product", Map.of("id", "page-new", "name", "Page new", "number", "PG-new"));
        List<ApiResponse> answers = new ArrayList<>();

        StatementCounter.Round round = COUNTER.count(() -> answers.add(admin.get(page)));
        StatementCounter.Round again = COUNTER.count(() -> answers.add(admin.get(page)));

        JsonNode list = answers.get(0).json().get("list");
        assertThat(list).hasSize(50);
        assertThat(list.findValuesAsText("brandName")).contains("Brand one");
        assertThat(list.findValuesAsText("ownerUserName")).as("the writer owns what they create").contains("Administrator");
        assertThat(answers).extracting(answer -> answer.json().get("total").asInt()).as("a write drops the kept total")
                .containsExactly(before + 1, before + 1);
        assertThat(round.statements()).as("the page, its names and its count: " + round).isEqualTo(3);
        assertThat(again.statements()).as("the total is kept while nothing is written: " + again).isEqualTo(2);
        assertThat(round.transactionEnds()).isLessThanOrEqualTo(1);
    }

    @Test
    void aPageWhoseLinksAreEmptyIsOneStatement() {
        String page = "/api/v1/Attribute?maxSize=50&sortBy=name&asc=true&collectionOnly=true";
        admin.get(page);
        List<ApiResponse> answers = new ArrayList<>();

        StatementCounter.Round round = COUNTER.count(() -> answers.add(admin.get(page)));

        JsonNode weight = answers.get(0).json().get("list").get(0);
        assertThat(weight.get("id").asText()).isEqualTo("weight");
        assertThat(weight.has("attributeGroupName")).isTrue();
        assertThat(weight.get("attributeGroupName").isNull()).isTrue();
        assertThat(round.statements()).as(round.toString()).isEqualTo(1);
    }

    /** One round on PostgreSQL and MariaDB; four on H2, whose rounds are 250 items (ADR 17). */
    @Test
    void anUpsertOfAThousandItemsHasAFixedBudget() {
        int rounds = database == DatabaseKind.H2 ? 4 : 1;
        admin.get("/api/v1/Brand/b1");
        StatementCounter.Round created = COUNTER.count(() -> upsert("bulk-", "first"));
        StatementCounter.Round updated = COUNTER.count(() -> upsert("bulk-", "second"));

        assertThat(created.statements()).as("1,000 new items: " + created)
                .isLessThanOrEqualTo(rounds * UPSERT_STATEMENTS);
        assertThat(updated.statements()).as("1,000 updated items: " + updated)
                .isLessThanOrEqualTo(rounds * UPSERT_STATEMENTS);
        assertThat(created.transactionEnds() + updated.transactionEnds()).isLessThanOrEqualTo(2 * rounds);
    }

    private static ApiResponse upsert(String prefix, String description) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(Map.of("entity", "Product", "payload", Map.of("id", prefix + i, "name", "Bulk " + i,
                    "number", "BK-" + i, "description", description, "brandId", "b1")));
        }
        ApiResponse answer = admin.post(UPSERT, items);
        assertThat(answer.status()).isEqualTo(200);
        answer.json().forEach(result -> assertThat(result.get("stored").asBoolean()).as(result.toString()).isTrue());
        return answer;
    }

    /** A user whose role reads the Product records they own, and nothing else of them. */
    private static String readerWithOwnProducts() {
        String role = created("/api/v1/Role", Map.of("name", "Own products"));
        created("/api/v1/RoleScope", Map.of("roleId", role, "name", "Product", "hasAccess", true,
                "readAction", "own", "editAction", "no"));
        return created("/api/v1/User", Map.of("userName", "own-reader", "password", "own-reader-pass",
                "rolesIds", List.of(role)));
    }

    private static String created(String path, Map<String, Object> body) {
        ApiResponse answer = admin.post(path, body);
        assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
        return answer.json().get("id").asText();
    }
}
