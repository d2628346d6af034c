package dev.atrium.adapter.rest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.in.AuthenticateUseCase;
import dev.atrium.application.port.in.CheckHealthUseCase;
import dev.atrium.application.port.in.CreateRecordUseCase;
import dev.atrium.application.port.in.DeleteRecordUseCase;
import dev.atrium.application.port.in.ExtendRecordsUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.GetRecordUseCase;
import dev.atrium.application.port.in.IdempotencyUseCase;
import dev.atrium.application.port.in.JobsUseCase;
import dev.atrium.application.port.in.LinkRecordsUseCase;
import dev.atrium.application.port.in.ListLinkedRecordsUseCase;
import dev.atrium.application.port.in.RunRecordActionUseCase;
import dev.atrium.application.port.in.LoginUseCase;
import dev.atrium.application.port.in.LogoutUseCase;
import dev.atrium.application.port.in.MassActionsUseCase;
import dev.atrium.application.port.in.ListRecordsUseCase;
import dev.atrium.application.port.in.UpdateRecordUseCase;
import dev.atrium.application.port.in.ShapeModelUseCase;
import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.out.ApiDocumentRenderer;

/**
 * The REST adapter's resources and providers. The composition root registers every bean annotated
 * with {@code @Path} or {@code @Provider} with Jersey.
 */
@Configuration(proxyBeanMethods = false)
public class RestConfiguration {

    @Bean
    RecordResource recordResource(CreateRecordUseCase create, GetRecordUseCase get, UpdateRecordUseCase update,
            DeleteRecordUseCase delete, ListRecordsUseCase list, GetCatalogUseCase catalogs,
            ExtendRecordsUseCase extensions) {
        return new RecordResource(create, get, update, delete, list, catalogs, extensions);
    }

    @Bean
    EntityManagerResource entityManagerResource(ShapeModelUseCase model, RecordResource records) {
        return new EntityManagerResource(model, records);
    }

    @Bean
    RelationshipResource relationshipResource(ListLinkedRecordsUseCase listLinked, LinkRecordsUseCase links,
            RunRecordActionUseCase actions) {
        return new RelationshipResource(listLinked, links, actions);
    }

    @Bean
    MassActionResource massActionResource(MassActionsUseCase massActions) {
        return new MassActionResource(massActions);
    }

    @Bean
    UpsertResource upsertResource(UpsertUseCase upserts, JobsUseCase jobs, IdempotencyUseCase idempotency,
            RestSettings settings) {
        return new UpsertResource(upserts, jobs, idempotency, settings.maxUpsertItems());
    }

    @Bean
    JobResource jobResource(JobsUseCase jobs) {
        return new JobResource(jobs);
    }

    @Bean
    HealthResource healthResource(CheckHealthUseCase health) {
        return new HealthResource(health);
    }

    @Bean
    AppResource appResource(LoginUseCase login, AuthenticateUseCase authenticate, GetRecordUseCase records) {
        return new AppResource(login, authenticate, records);
    }

    @Bean
    AppActionResource appActionResource(LogoutUseCase logout) {
        return new AppActionResource(logout);
    }

    @Bean
    MetadataResource metadataResource(GetCatalogUseCase catalogs, AuthenticateUseCase authenticate) {
        return new MetadataResource(catalogs, authenticate);
    }

    @Bean
    I18nResource i18nResource(GetCatalogUseCase catalogs) {
        return new I18nResource(catalogs);
    }

    @Bean
    AuthFilter authFilter(AuthenticateUseCase authenticate) {
        return new AuthFilter(authenticate);
    }

    @Bean
    ApiDocumentResource apiDocumentResource(GetCatalogUseCase catalogs, AuthenticateUseCase authenticate,
            ApiDocumentRenderer renderer) {
        return new ApiDocumentResource(catalogs, authenticate, renderer);
    }

    @Bean
    SwaggerUiResource swaggerUiResource() {
        return new SwaggerUiResource();
    }

    @Bean
    JsonBodyFilter jsonBodyFilter(RestSettings settings) {
        return new JsonBodyFilter(settings.maxBodyBytes());
    }

    @Bean
    RequestTargetFilter requestTargetFilter() {
        return new RequestTargetFilter();
    }

    @Bean
    NoStoreFilter noStoreFilter() {
        return new NoStoreFilter();
    }

    @Bean
    ObjectMapperResolver objectMapperResolver() {
        return new ObjectMapperResolver();
    }

    @Bean
    DomainExceptionMapper domainExceptionMapper() {
        return new DomainExceptionMapper();
    }

    @Bean
    DatabaseUnavailableExceptionMapper databaseUnavailableExceptionMapper() {
        return new DatabaseUnavailableExceptionMapper();
    }

    @Bean
    WebApplicationExceptionMapper webApplicationExceptionMapper() {
        return new WebApplicationExceptionMapper();
    }

    @Bean
    WriteConflictMappers.DuplicateKey duplicateKeyMapper() {
        return new WriteConflictMappers.DuplicateKey();
    }

    @Bean
    WriteConflictMappers.Concurrent concurrentWriteMapper() {
        return new WriteConflictMappers.Concurrent();
    }

    @Bean
    UnexpectedExceptionMapper unexpectedExceptionMapper() {
        return new UnexpectedExceptionMapper();
    }
}
