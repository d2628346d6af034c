package dev.atrium.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.app.http.RunningAtrium;

/**
 * Swagger UI at /apidocs/ in a real headless Chromium: it loads this instance's document, shows a tag
 * per entity, and "Try it out" on the Product list, authorized with a token, answers 200. Skipped
 * where Chromium is not installed. Leaves a screenshot at target/apidocs.png (docs/apidocs.png is one).
 */
class SwaggerUiIT {

    private static final String LIST_PRODUCTS = "#operations-Product-getListOfProductItems";

    @TempDir
    Path folder;

    @Test
    void swaggerUiShowsTheEntitiesAndTriesAnAuthorizedCall() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium is not installed (apt-get install chromium, or name it in ATRIUM_TEST_CHROMIUM): "
                        + "the Swagger UI test is skipped");
        try (RunningAtrium atrium = RunningAtrium.start();
                HeadlessChromium browser = HeadlessChromium.start(chromium.get(), folder.resolve("profile"))) {
            String token = atrium.api().get("/api/v1/App/user").json().get("authorizationToken").asText();
            atrium.api().post("/api/v1/Product", Map.of("name", "Shown in Swagger UI", "number", "UI-1"));

            int documented = atrium.anonymous().get("/openapi.json").json().get("tags").size();

            browser.navigate(atrium.uri().resolve("/apidocs/").toString());
            JsonNode tags = browser.await("a tag per entity", "Array.from(document.querySelectorAll('.opblock-tag'))"
                    + ".map(tag => tag.getAttribute('data-tag'))", value -> value.size() == documented);
            List<String> names = new ArrayList<>();
            tags.forEach(tag -> names.add(tag.asText()));
            assertThat(names).contains("App", "Metadata", "MassActions", "Job", "Product", "Brand", "Category", "User");

            browser.evaluate("window.ui.preauthorizeApiKey('AuthorizationToken', '" + token + "')");
            click(browser, ".opblock-tag[data-tag=\"Product\"]");
            click(browser, LIST_PRODUCTS + " .opblock-summary-control");
            click(browser, LIST_PRODUCTS + " .try-out__btn");
            click(browser, LIST_PRODUCTS + " .execute");
            JsonNode status = browser.await("the live answer", "(document.querySelector('" + LIST_PRODUCTS
                    + " .live-responses-table tbody .response-col_status') || {}).textContent", value -> !value.isMissingNode()
                    && !value.isNull() && !value.asText().isBlank());
            assertThat(status.asText().trim()).isEqualTo("200");
            assertThat(browser.evaluate("document.querySelector('" + LIST_PRODUCTS + " .live-responses-table')"
                    + ".textContent").asText()).contains("Shown in Swagger UI");

            Path screenshot = Path.of("target", "apidocs.png");
            Files.write(screenshot, browser.screenshot());
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        }
    }

    @Test
    void authorizingATokenShowsTheDocumentAsThatCallerSeesIt() throws Exception {
        Optional<Path> chromium = HeadlessChromium.executable();
        Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed: the Swagger UI test is skipped");
        try (RunningAtrium atrium = RunningAtrium.start();
                HeadlessChromium browser = HeadlessChromium.start(chromium.get(), folder.resolve("profile"))) {
            String roleId = atrium.api().post("/api/v1/Role", Map.of("name", "Product reader")).json().get("id").asText();
            atrium.api().post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Product", "hasAccess", true,
                    "readAction", "all", "editAction", "no", "deleteAction", "no", "createAction", "no"));
            atrium.api().post("/api/v1/User", Map.of("userName", "ui-reader", "password", "ui-reader-secret",
                    "rolesIds", List.of(roleId)));
            String token = atrium.anonymous().loggedInAs("ui-reader", "ui-reader-secret").get("/api/v1/App/user").json()
                    .get("authorizationToken").asText();
            int everything = atrium.anonymous().get("/openapi.json").json().get("tags").size();
            List<String> readers = tagNames(atrium.anonymous().withToken(token).get("/openapi.json").json());
            assertThat(readers).contains("Product").doesNotContain("Brand").hasSizeLessThan(everything);

            browser.navigate(atrium.uri().resolve("/apidocs/").toString());
            browser.await("every tag before a token is given", TAGS, value -> value.size() == everything);

            // what the Authorize dialog dispatches for the token scheme
            browser.evaluate("window.ui.authActions.authorize({AuthorizationToken: {name: 'Authorization-Token', "
                    + "schema: {type: 'apiKey', in: 'header', name: 'Authorization-Token'}, value: '" + token + "'}})");
            JsonNode shown = browser.await("the reader's tags once their token is authorized", TAGS,
                    value -> value.size() == readers.size());
            List<String> names = new ArrayList<>();
            shown.forEach(tag -> names.add(tag.asText()));
            assertThat(names).containsExactlyInAnyOrderElementsOf(readers);
            assertThat(browser.evaluate("window.ui.authSelectors.authorized().size").asInt())
                    .as("the token stays authorized for Try it out").isEqualTo(1);

            browser.evaluate("window.ui.authActions.logout(['AuthorizationToken'])");
            browser.await("every tag again after logging out", TAGS, value -> value.size() == everything);
        }
    }

    private static final String TAGS = "Array.from(document.querySelectorAll('.opblock-tag'))"
            + ".map(tag => tag.getAttribute('data-tag'))";

    private static List<String> tagNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.get("tags").forEach(tag -> names.add(tag.get("name").asText()));
        return names;
    }

    /** Waits for the element, then clicks it as a user would. */
    private static void click(HeadlessChromium browser, String selector) throws Exception {
        browser.await(selector, "!!document.querySelector('" + selector + "')", JsonNode::asBoolean);
        browser.evaluate("document.querySelector('" + selector + "').scrollIntoView(); document.querySelector('"
                + selector + "').click()");
    }
}
