package dev.atrium.adapter.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.domain.metadata.Catalog;

/**
 * {@code GET /api/v1/I18n}: the labels of entities, fields and options in one language, without
 * login, as AtroCore serves them to its login page. The path is case-tolerant like entity names.
 */
@Path("api/v1/{i18n: (?i)i18n}")
@Produces(MediaType.APPLICATION_JSON)
public class I18nResource {

    private final GetCatalogUseCase catalogs;

    public I18nResource(GetCatalogUseCase catalogs) {
        this.catalogs = catalogs;
    }

    @GET
    public Map<String, Object> labels(@QueryParam("locale") String locale, @HeaderParam("language") String language) {
        Catalog catalog = catalogs.currentCatalog();
        I18nJson.language(catalog, locale, language);
        return I18nJson.of(catalog);
    }
}
