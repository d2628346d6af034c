package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * {@code GET /api/v1/I18n} answers the labels of entities, fields, links and options without login
 * (and with one), in AtroCore's shape, in the language asked for by {@code locale} or the
 * {@code language} header; the API document describes it as open.
 */
class I18nIT {

    private static RunningAtrium atrium;

    @BeforeAll
    static void start() {
        atrium = RunningAtrium.start(Map.of("ATRIUM_LANGUAGES", "de_DE"));
    }

    @AfterAll
    static void stop() {
        atrium.close();
    }

    @Test
    void theLabelsAreServedWithoutLoginInAtroCoresShape() {
        ApiResponse answer = atrium.anonymous().get("/api/v1/I18n");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode labels = answer.json();
        assertThat(labels.at("/Global/scopeNames/ProductAttributeValue").asText()).isEqualTo("Product Attribute Value");
        assertThat(labels.at("/Global/scopeNamesPlural/Category").asText()).isEqualTo("Categories");
        assertThat(labels.at("/Global/scopeNamesPlural/Brand").asText()).isEqualTo("Brands");
        assertThat(labels.at("/Global/fields/createdAt").asText()).isEqualTo("Created At");
        assertThat(labels.at("/Product/fields/longDescription").asText()).isEqualTo("Long Description");
        assertThat(labels.at("/Product/fields/ean").asText()).isEqualTo("EAN");
        assertThat(labels.at("/Product/fields/brand").asText()).isEqualTo("Brand");
        assertThat(labels.at("/Product/fields/nameDeDe").asText()).isEqualTo("Name (de_DE)");
        assertThat(labels.at("/Product/links/categories").asText()).isEqualTo("Categories");
        assertThat(labels.at("/Product/options/status/notReady").asText()).isEqualTo("Not Ready");
        assertThat(labels.at("/Product/options/priceCurrency/EUR").asText()).isEqualTo("EUR");
        assertThat(labels.at("/Specimen/options/kinds/x").asText()).isEqualTo("X");
        assertThat(labels.at("/User/fields/password").asText()).isEqualTo("Password");
    }

    @Test
    void aTokenDoesNotStandInTheWayAndThePathIgnoresCase() {
        JsonNode anonymous = atrium.anonymous().get("/api/v1/I18n").json();

        assertThat(atrium.api().get("/api/v1/I18n").json()).isEqualTo(anonymous);
        assertThat(atrium.anonymous().get("/api/v1/i18n").json()).isEqualTo(anonymous);
        assertThat(atrium.anonymous().get("/api/v1/I18n/anything").status()).isEqualTo(401);
    }

    @Test
    void theLanguageComesFromLocaleOrTheLanguageHeaderAndMustBeOneOfTheInstance() {
        ApiClient anonymous = atrium.anonymous();

        assertThat(anonymous.get("/api/v1/I18n?locale=de_DE").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/I18n?locale=en_US").status()).isEqualTo(200);
        assertThat(anonymous.send(anonymous.request("/api/v1/I18n").header("language", "de-DE").GET()).status())
                .isEqualTo(200);
        ApiResponse unknown = anonymous.get("/api/v1/I18n?locale=fr_FR");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("reason").asText()).isEqualTo(
                "Language 'fr_FR' is not one of the languages of this instance: en_US, de_DE.");
        assertThat(anonymous.send(anonymous.request("/api/v1/I18n?locale=de_DE").header("language", "xx").GET())
                .status()).as("locale wins over the header").isEqualTo(200);
    }

    @Test
    void theDocumentDescribesTheRouteAsOpenAndTheAnswerMatchesIt() {
        String text = atrium.anonymous().get("/openapi.json").text();
        OpenAPI document = new OpenAPIV3Parser().readContents(text, null, null).getOpenAPI();

        assertThat(document.getPaths().get("/I18n").getGet().getSecurity()).isEmpty();
        assertThat(new SchemaCheck(document).problems(atrium.anonymous().get("/api/v1/I18n").json(), "I18n")).isEmpty();
    }
}
