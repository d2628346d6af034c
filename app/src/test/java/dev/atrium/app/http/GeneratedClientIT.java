package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

import dev.atrium.client.api.AppApi;
import dev.atrium.client.api.BrandApi;
import dev.atrium.client.api.MassActionsApi;
import dev.atrium.client.api.ProductApi;
import dev.atrium.client.invoker.ApiException;
import dev.atrium.client.model.BrandCreate;
import dev.atrium.client.model.DestroyAuthToken;
import dev.atrium.client.model.ListOfProduct;
import dev.atrium.client.model.Login;
import dev.atrium.client.model.Product;
import dev.atrium.client.model.ProductCreate;
import dev.atrium.client.model.ProductListItem;
import dev.atrium.client.model.ProductUpdate;
import dev.atrium.client.model.UpsertItem;
import dev.atrium.client.model.UpsertResult;
import dev.atrium.client.model.WhereCondition;

/**
 * The Java client that openapi-generator made during this build, from the document the {@code openapi}
 * command wrote, against a running instance: it logs in, creates, reads, lists with a filter, updates,
 * upserts and deletes a Product, reads a list trimmed by select and an error as the typed Error. Every answer on the wire is checked against the document: a documented
 * status, and a body that matches that answer's schema.
 */
class GeneratedClientIT {

    private static final Path DOCUMENT = Path.of(System.getProperty("atrium.openapi.document",
            "target/openapi/atrium-openapi.json"));

    private static RunningAtrium atrium;
    private static OpenAPI document;
    private static RecordingHttpClient wire;
    private static dev.atrium.client.invoker.ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        atrium = RunningAtrium.start();
        document = new OpenAPIV3Parser().readContents(Files.readString(DOCUMENT), null, null).getOpenAPI();
        wire = new RecordingHttpClient();
        client = new dev.atrium.client.invoker.ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return wire;
            }
        };
        client.updateBaseUri(atrium.uri().resolve("/api/v1").toString());
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @AfterAll
    static void stop() {
        atrium.close();
    }

    @Test
    void theRunningInstanceServesTheDocumentTheClientWasGeneratedFrom() {
        JsonNode built = read(DOCUMENT);
        JsonNode served = atrium.anonymous().get("/openapi.json").json();

        assertThat(built.get("paths").fieldNames()).toIterable().contains("/Product", "/Product/{id}",
                "/MassActions/action/upsert", "/App/user");
        built.get("paths").fields().forEachRemaining(path ->
                assertThat(served.get("paths").get(path.getKey())).as(path.getKey()).isEqualTo(path.getValue()));
        built.get("components").get("schemas").fields().forEachRemaining(schema -> {
            if (!schema.getKey().equals("UpsertItem")) { // the served one also names the test modules' entities
                assertThat(served.at("/components/schemas/" + schema.getKey())).as(schema.getKey())
                        .isEqualTo(schema.getValue());
            }
        });
    }

    @Test
    void theGeneratedClientLogsInAndWorksWithAProductFromCreateToDelete() throws Exception {
        authenticateWith("Authorization", "Basic " + base64("admin:" + RunningAtrium.ADMIN_PASSWORD));
        Login login = new AppApi(client).getAppUser(null, 1, null);
        assertThat(login.getToken()).matches("[0-9a-f]{32}");
        authenticateWith("Authorization-Token", login.getAuthorizationToken());
        ProductApi products = new ProductApi(client);

        String brandId = new BrandApi(client).createBrandItem(new BrandCreate().name("Acme").code("acme-client")).getId();
        Product created = products.createProductItem(new ProductCreate().name("Rocket skates").number("GC-1")
                .brandId(brandId).price(49.9).status(ProductCreate.StatusEnum.READY));
        assertThat(created.getBrandName()).isEqualTo("Acme");
        assertThat(created.getCreatedAt()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        Product read = products.getProductItem(created.getId(), null, null);
        assertThat(read.getNumber()).isEqualTo("GC-1");
        assertThat(read.getStatus()).isEqualTo(Product.StatusEnum.READY);

        products.createProductItem(new ProductCreate().name("Decoy").number("GC-2"));
        String where = client.getObjectMapper().writeValueAsString(List.of(new WhereCondition()
                .type(WhereCondition.TypeEnum.EQUALS).attribute("number").value("GC-1")));
        ListOfProduct found = products.getListOfProductItems(where, null, null, 0, 10, "number:desc", null, null,
                null, null, null, null, null);
        assertThat(found.getTotal()).isEqualTo(1);
        assertThat(found.getList()).extracting(ProductListItem::getId).containsExactly(created.getId());

        assertThat(products.patchProductItem(created.getId(), new ProductUpdate().price(39.9), "\"1\"").getPrice())
                .isEqualTo(39.9);
        assertThatThrownBy(() -> products.updateProductItem(created.getId(), new ProductUpdate().isActive(true), "\"1\""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(412));
        assertThat(products.updateProductItem(created.getId(), new ProductUpdate().isActive(true), null).getIsActive())
                .isTrue();

        Object answer = new MassActionsApi(client).upsert(List.of(
                new UpsertItem().entity(UpsertItem.EntityEnum.PRODUCT).payload(Map.of("id", created.getId(), "name", "Rocket skates II")),
                new UpsertItem().entity(UpsertItem.EntityEnum.PRODUCT).payload(Map.of("name", "Jet pack", "number", "GC-3")),
                new UpsertItem().entity(UpsertItem.EntityEnum.PRODUCT).payload(Map.of("name", "no number"))), null, null, null);
        List<UpsertResult> results = client.getObjectMapper().convertValue(answer, new TypeReference<>() { });
        assertThat(results).extracting(UpsertResult::getStatus).containsExactly(UpsertResult.StatusEnum.UPDATED,
                UpsertResult.StatusEnum.CREATED, UpsertResult.StatusEnum.FAILED);
        assertThat(products.getProductItem(created.getId(), null, null).getName()).isEqualTo("Rocket skates II");

        assertThat(products.deleteProductItem(created.getId(), null, null)).isTrue();
        assertThatThrownBy(() -> products.getProductItem(created.getId(), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(new AppApi(client).destroyAuthToken(new DestroyAuthToken().token(login.getToken()))).isTrue();
        assertThatThrownBy(() -> products.getProductItem(created.getId(), null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));

        assertThat(wire.exchanges()).hasSizeGreaterThanOrEqualTo(14);
        List<String> problems = new ArrayList<>();
        DocumentedAnswers documented = new DocumentedAnswers(document);
        wire.exchanges().forEach(exchange -> problems.addAll(documented.problems(exchange)));
        assertThat(problems).isEmpty();
    }

    @Test
    void aTrimmedListAndAnErrorAreReadAsTheirDocumentedTypes() throws Exception {
        authenticateWith("Authorization", "Basic " + base64("admin:" + RunningAtrium.ADMIN_PASSWORD));
        authenticateWith("Authorization-Token", new AppApi(client).getAppUser(null, 1, null).getAuthorizationToken());
        ProductApi products = new ProductApi(client);
        int before = wire.exchanges().size();
        products.createProductItem(new ProductCreate().name("Trimmed").number("GC-SEL"));
        String where = client.getObjectMapper().writeValueAsString(List.of(new WhereCondition()
                .type(WhereCondition.TypeEnum.EQUALS).attribute("number").value("GC-SEL")));

        ListOfProduct trimmed = products.getListOfProductItems(where, "name", null, 0, 10, null, null, null, null,
                null, null, null, null);
        assertThat(trimmed.getList()).singleElement().satisfies(item -> {
            assertThat(item.getName()).isEqualTo("Trimmed");
            assertThat(item.getNumber()).as("not selected").isNull();
        });
        ListOfProduct withValues = products.getListOfProductItems(where, "name", null, 0, 10, null, null, null, null,
                null, null, "true", null);
        assertThat(withValues.getList()).singleElement().satisfies(item ->
                assertThat(item.getAttributeValues()).as("a module's values, when asked").isEqualTo(List.of()));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> products.createProductItem(new ProductCreate().name("Bad check digit").number("GC-EAN")
                        .ean("4006381333932")));
        dev.atrium.client.model.Error error = client.getObjectMapper().readValue(refused.getResponseBody(),
                dev.atrium.client.model.Error.class);
        assertThat(error.getStatus()).isEqualTo(400);
        assertThat(error.getErrors()).singleElement().satisfies(problem -> {
            assertThat(problem.getField()).isEqualTo("ean");
            assertThat(problem.getCode()).isEqualTo("checksum");
        });

        List<String> problems = new ArrayList<>();
        DocumentedAnswers documented = new DocumentedAnswers(document);
        List<RecordingHttpClient.Exchange> mine = wire.exchanges().subList(before, wire.exchanges().size());
        assertThat(mine).hasSize(4);
        mine.forEach(exchange -> problems.addAll(documented.problems(exchange)));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFieldErrorCodeTheCodeUsesIsDocumented() {
        String described = read(DOCUMENT).at("/components/schemas/FieldError/properties/code/description").asText();
        Matcher list = Pattern.compile("one of: ([a-zA-Z, ]+)\\.").matcher(described);
        assertThat(list.find()).as(described).isTrue();
        Set<String> documentedCodes = Set.of(list.group(1).split(", "));
        Set<String> used = FieldErrorCodes.inSources(Path.of(".."));
        assertThat(used).as("codes found in the sources").contains("required", "checksum", "cycle", "invalidCondition")
                .hasSizeGreaterThan(15);
        assertThat(documentedCodes).containsAll(used);
    }

    @Test
    void theLiveCheckCatchesAnAnswerTheDocumentDoesNotDescribe() {
        DocumentedAnswers documented = new DocumentedAnswers(document);
        java.net.URI product = atrium.uri().resolve("/api/v1/Product/p1");

        assertThat(documented.problems(new RecordingHttpClient.Exchange("GET", product, 418, new byte[0])))
                .containsExactly("GET /Product/p1 -> 418: the status is not documented for getProductItem");
        assertThat(documented.problems(new RecordingHttpClient.Exchange("GET", product, 404,
                "{\"status\":404}".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("GET /Product/p1 -> 404 $: 'reason' is missing");
        assertThat(documented.problems(new RecordingHttpClient.Exchange("GET",
                atrium.uri().resolve("/api/v1/Nothing"), 200, new byte[0]))).containsExactly("GET /Nothing -> 200: no documented path");
    }

    private static void authenticateWith(String header, String value) {
        client.setRequestInterceptor(request -> request.setHeader(header, value));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read(Path file) {
        try {
            return ApiClient.JSON.readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
