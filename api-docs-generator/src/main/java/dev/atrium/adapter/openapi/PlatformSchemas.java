package dev.atrium.adapter.openapi;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;

/** The schemas of the routes outside any one entity: login, logout, bulk upsert and jobs. */
final class PlatformSchemas {

    static final String LOGIN = "Login";
    static final String DESTROY_TOKEN = "DestroyAuthToken";
    static final String UPSERT_ITEM = "UpsertItem";
    static final String UPSERT_RESULT = "UpsertResult";
    static final String UPSERT_RESULTS = "UpsertResults";
    static final String UPSERT_ANSWER = "UpsertAnswer";
    static final String JOB_QUEUED = "JobQueued";
    static final String JOB = "Job";
    static final String JOB_ITEM_RESULT = "JobItemResult";

    private final SchemaFactory schemas;

    PlatformSchemas(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    /** @param upsertable the entities the caller may upsert: the values an item's {@code entity} may take */
    void addTo(Components components, List<String> upsertable) {
        components.addSchemas(LOGIN, login());
        Schema<Object> destroy = object("The token to end: the raw token (login's token), not the authorizationToken.");
        destroy.addProperty("token", text());
        destroy.setRequired(List.of("token"));
        components.addSchemas(DESTROY_TOKEN, destroy);
        if (!upsertable.isEmpty()) {
            components.addSchemas(UPSERT_ITEM, upsertItem(upsertable));
            components.addSchemas(UPSERT_RESULT, upsertResult());
            Schema<Object> results = schemas.typed("array", false);
            results.setDescription("One result per item, in the order of the items.");
            results.setItems(schemas.ref(UPSERT_RESULT));
            components.addSchemas(UPSERT_RESULTS, results);
            Schema<Object> answer = new Schema<>(schemas.version());
            answer.setDescription("The results, or with Use-Queue: true the queued job.");
            answer.setOneOf(List.of(schemas.ref(UPSERT_RESULTS), schemas.ref(JOB_QUEUED)));
            components.addSchemas(UPSERT_ANSWER, answer);
        }
        Schema<Object> queued = object("A queued request: follow it at GET /Job/{jobId}.");
        queued.addProperty("jobId", text());
        queued.setRequired(List.of("jobId"));
        components.addSchemas(JOB_QUEUED, queued);
        components.addSchemas(JOB, job());
        components.addSchemas(JOB_ITEM_RESULT, jobItemResult());
    }

    private Schema<Object> login() {
        Schema<Object> login = object("The logged-in user, their access and a new token. With the header "
                + "Authorization-Token-Only: true, only authorizationToken.");
        login.addProperty("user", described(open(), "The user's record (never the password)."));
        login.addProperty("acl", described(open(), "What the user may do: isAdmin, and per entity create, read, "
                + "edit and delete."));
        login.addProperty("preferences", open());
        Schema<Object> token = text();
        token.setPattern("^[0-9a-f]{32}$");
        token.setDescription("The raw token; App/action/destroyAuthToken takes it.");
        login.addProperty("token", token);
        login.addProperty("settings", open());
        login.addProperty("appParams", open());
        login.addProperty("authorizationToken", described(text(), "Send it as the Authorization-Token header: "
                + "base64 of userName:token."));
        login.setRequired(List.of("authorizationToken"));
        return login;
    }

    private Schema<Object> upsertItem(List<String> upsertable) {
        Schema<Object> item = object("One record to create or update, matched by payload.id, else by the entity's "
                + "unique fields present in the payload.");
        Schema<Object> entity = text();
        entity.setEnum(new ArrayList<>(upsertable));
        item.addProperty("entity", entity);
        item.addProperty("payload", described(open(), "The record's attributes, as for the entity's create "
                + "or update ({E}Create / {E}Update)."));
        item.setRequired(List.of("entity", "payload"));
        return item;
    }

    private Schema<Object> upsertResult() {
        Schema<Object> result = object("What became of one item.");
        result.addProperty("status", options("Created", "Updated", "NotModified", "Failed"));
        result.addProperty("stored", described(schemas.typed("boolean", false), "Whether the record is stored as "
                + "sent (false for Failed and in a dry run)."));
        result.addProperty("entity", described(open(), "The record as stored (Created, Updated), as the entity's "
                + "read answers it."));
        result.addProperty("message", described(text(), "Why the item failed."));
        Schema<Object> ignored = schemas.typed("array", false);
        ignored.setItems(text());
        result.addProperty("ignoredFields", described(ignored, "The payload's keys that name no field of the entity, "
                + "ignored; absent when there were none."));
        result.setRequired(List.of("status", "stored"));
        return result;
    }

    private Schema<Object> job() {
        Schema<Object> job = object("A queued job, as it stands.");
        job.addProperty("id", text());
        job.addProperty("type", text());
        job.addProperty("status", options("Pending", "Running", "Success", "Failed", "Canceled"));
        for (String count : List.of("total", "processed", "succeeded", "failed")) {
            job.addProperty(count, integer());
        }
        job.addProperty("createdAt", dateTime(false));
        job.addProperty("finishedAt", dateTime(true));
        Schema<Object> results = schemas.typed("array", false);
        results.setItems(schemas.ref(JOB_ITEM_RESULT));
        results.setDescription("Per item, in order; only when the job is done.");
        job.addProperty("results", results);
        job.setRequired(List.of("id", "type", "status", "total", "processed", "succeeded", "failed", "createdAt",
                "finishedAt"));
        return job;
    }

    private Schema<Object> jobItemResult() {
        Schema<Object> result = object("What became of one item of a queued upsert.");
        result.addProperty("status", options("Created", "Updated", "NotModified", "Failed"));
        result.addProperty("stored", schemas.typed("boolean", false));
        result.addProperty("id", described(text(), "The record's id, when stored."));
        result.addProperty("message", described(text(), "Why the item failed."));
        result.setRequired(List.of("status", "stored"));
        return result;
    }

    private Schema<Object> dateTime(boolean nullable) {
        Schema<Object> schema = schemas.typed("string", nullable);
        schema.setPattern(FieldSchemas.DATE_TIME_PATTERN);
        return schema;
    }

    private Schema<Object> integer() {
        Schema<Object> schema = schemas.typed("integer", false);
        schema.setFormat("int32");
        return schema;
    }

    private Schema<Object> options(String... values) {
        Schema<Object> schema = text();
        schema.setEnum(List.of((Object[]) values));
        return schema;
    }

    private Schema<Object> open() {
        Schema<Object> schema = schemas.typed("object", false);
        schema.setAdditionalProperties(true);
        return schema;
    }

    private Schema<Object> text() {
        return schemas.typed("string", false);
    }

    private Schema<Object> object(String description) {
        return described(schemas.typed("object", false), description);
    }

    private static Schema<Object> described(Schema<Object> schema, String description) {
        schema.setDescription(description);
        return schema;
    }
}
