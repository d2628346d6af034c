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

    /** Waits for the element, then clicks it as a user would. */
    private static void click(HeadlessChromium browser, String selector) throws Exception {
        browser.await(selector, "!!document.querySelector('" + selector + "')", JsonNode::asBoolean);
        browser.evaluate("document.querySelector('" + selector + "').scrollIntoView(); document.querySelector('"
                + selector + "').click()");
    }
}
