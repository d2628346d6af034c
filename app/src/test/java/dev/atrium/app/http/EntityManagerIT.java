package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;

/**
 * The Entity Manager over HTTP: an entity and a field of every type created at runtime are usable at once
 * (CRUD, lists, upsert, links, Metadata, the document), refused where they must be, and kept over a restart.
 */
@OnEachTestDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntityManagerIT {

    private static RunningAtrium atrium;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anEntityWithAFieldOfEveryTypeWorksAtOnceAndAfterARestart() {
        {
            ApiClient admin = atrium.api();
            JsonNode gadget = admin.post("/api/v1/Entity", Map.of("code", "Gadget", "name", "Gadget",
                    "namePlural", "Gadgets", "type", "Base", "hasOwner", true)).json();
            assertThat(gadget.get("id").asText()).isEqualTo("Gadget");
            admin.post("/api/v1/Entity", Map.of("code", "Part", "name", "Part")).json();
            field(admin, "Gadget", "label", "varchar", Map.of("maxLength", 20, "isRequired", true));
            field(admin, "Gadget", "notes", "text", Map.of());
            field(admin, "Gadget", "stock", "int", Map.of("min", 0, "max", 1000));
            field(admin, "Gadget", "weight", "float", Map.of());
            field(admin, "Gadget", "fragile", "bool", Map.of("default", false));
            field(admin, "Gadget", "madeOn", "date", Map.of());
            field(admin, "Gadget", "checkedAt", "datetime", Map.of());
            field(admin, "Gadget", "size", "enum", Map.of("options", List.of("s", "m", "l")));
            field(admin, "Gadget", "colors", "multiEnum", Map.of("options", List.of("red", "blue")));
            field(admin, "Gadget", "contact", "email", Map.of());
            field(admin, "Gadget", "site", "url", Map.of());
            field(admin, "Gadget", "specs", "jsonObject", Map.of());
            field(admin, "Gadget", "serial", "varchar", Map.of("isUnique", true));
            field(admin, "Gadget", "part", "link", Map.of("foreignEntityId", "Part"));
            field(admin, "Gadget", "parts", "linkMultiple", Map.of("foreignEntityId", "Part"));

            String p1 = admin.post("/api/v1/Part", Map.of("name", "bolt")).json().get("id").asText();
            String p2 = admin.post("/api/v1/Part", Map.of("name", "nut")).json().get("id").asText();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", "First");
            values.put("label", "one");
            values.put("notes", "long text");
            values.put("stock", 5);
            values.put("weight", 1.5);
            values.put("madeOn", "2026-01-02");
            values.put("checkedAt", "2026-01-02 03:04:05");
            values.put("size", "m");
            values.put("colors", List.of("red"));
            values.put("contact", "a@example.com");
            values.put("site", "https://example.com");
            values.put("specs", Map.of("volts", 12));
            values.put("serial", "S-1");
            values.put("partId", p1);
            values.put("partsIds", List.of(p1, p2));
            ApiResponse created = admin.post("/api/v1/Gadget", values);
            assertThat(created.status()).as(created.text()).isEqualTo(200);
            String id = created.json().get("id").asText();
            JsonNode read = admin.get("/api/v1/Gadget/" + id).json();
            assertThat(read.get("label").asText()).isEqualTo("one");
            assertThat(read.get("fragile").asBoolean()).as("the default").isFalse();
            assertThat(read.get("specs").get("volts").asInt()).isEqualTo(12);
            assertThat(read.get("partName").asText()).isEqualTo("bolt");
            assertThat(read.get("partsIds")).hasSize(2);
            assertThat(admin.post("/api/v1/Gadget", Map.of("name", "x", "label", "this label is far too long"))
                    .status()).as("maxLength").isEqualTo(400);
            assertThat(admin.post("/api/v1/Gadget", Map.of("name", "x")).status()).as("required").isEqualTo(400);
            assertThat(admin.post("/api/v1/Gadget", Map.of("name", "x", "label", "two", "stock", 5000)).status())
                    .as("max").isEqualTo(400);
            String second = admin.post("/api/v1/Gadget", Map.of("name", "Second", "label", "two", "stock", 7,
                    "weight", 0.5, "size", "s", "madeOn", "2026-02-01")).json().get("id").asText();

            assertThat(ids(admin.get("/api/v1/Gadget?where[0][type]=greaterThan&where[0][attribute]=stock"
                    + "&where[0][value]=6"))).containsExactly(second);
            assertThat(ids(admin.get("/api/v1/Gadget?sortBy=weight&asc=true"))).containsExactly(second, id);
            assertThat(ids(admin.get("/api/v1/Gadget?where[0][type]=equals&where[0][attribute]=size&where[0][value]=m")))
                    .containsExactly(id);
            assertThat(ids(admin.get("/api/v1/Gadget?where[0][type]=arrayAnyOf&where[0][attribute]=colors"
                    + "&where[0][value][]=red"))).containsExactly(id);
            assertThat(ids(admin.get("/api/v1/Gadget?where[0][type]=linkedWith&where[0][attribute]=parts"
                    + "&where[0][value][]=" + p2))).containsExactly(id);
            assertThat(ids(admin.get("/api/v1/Gadget?textFilter=Seco"))).containsExactly(second);
            assertThat(admin.get("/api/v1/Gadget?select=label,stock").json().at("/list/0").has("weight")).isFalse();

            JsonNode upsert = admin.post("/api/v1/MassActions/action/upsert", List.of(Map.of("entity", "Gadget",
                    "payload", Map.of("serial", "S-1", "stock", 9)))).json();
            assertThat(upsert.at("/0/status").asText()).as(upsert.toString()).isEqualTo("Updated");
            assertThat(admin.get("/api/v1/Gadget/" + id).json().get("stock").asInt()).isEqualTo(9);
            JsonNode mass = admin.put("/api/v1/Gadget/action/massUpdate", Map.of("where", List.of(Map.of("type", "equals",
                    "attribute", "size", "value", "m")), "byWhere", true, "attributes", Map.of("weight", 2.5))).json();
            assertThat(mass.get("count").asInt()).as(mass.toString()).isEqualTo(1);
            assertThat(admin.get("/api/v1/Gadget/" + id).json().get("weight").asDouble()).isEqualTo(2.5);

            assertThat(admin.delete("/api/v1/Gadget/" + id + "/parts?ids=" + p1).status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/Gadget/" + id + "/parts").json().get("total").asInt()).isEqualTo(1);
            assertThat(admin.post("/api/v1/Gadget/" + id + "/parts", Map.of("id", p1)).status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/Gadget/" + id + "/parts").json().get("total").asInt()).isEqualTo(2);

            JsonNode metadata = admin.get("/api/v1/Metadata").json();
            assertThat(metadata.at("/entityDefs/Gadget/fields/size/options").toString()).contains("s", "m", "l");
            JsonNode document = atrium.anonymous().get("/openapi.json").json();
            assertThat(document.at("/components/schemas/Gadget/properties/stock/type").asText()).isEqualTo("integer");

            atrium.restart();

            ApiClient after = atrium.api();
            assertThat(after.get("/api/v1/Gadget/" + id).json().get("stock").asInt()).isEqualTo(9);
            assertThat(after.get("/api/v1/EntityField?where[0][type]=equals&where[0][attribute]=entityId"
                    + "&where[0][value]=Gadget").json().get("total").asInt()).isEqualTo(15);
            assertThat(after.post("/api/v1/Gadget", Map.of("name", "Third", "label", "three")).status()).isEqualTo(200);
        }
    }

    @Test
    void aCustomFieldOnAModuleEntityWorksLikeAnyField() {
        {
            ApiClient admin = atrium.api();
            field(admin, "Product", "color", "varchar", Map.of());
            String id = admin.post("/api/v1/Product", Map.of("name", "Red one", "number", "C-1", "color", "red")).json().get("id").asText();
            assertThat(admin.get("/api/v1/Product/" + id).json().get("color").asText()).isEqualTo("red");
            assertThat(ids(admin.get("/api/v1/Product?where[0][type]=equals&where[0][attribute]=color"
                    + "&where[0][value]=red"))).containsExactly(id);
        }
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        {
            ApiClient admin = atrium.api();
            int entities = admin.get("/api/v1/Entity").json().get("total").asInt();
            int fields = admin.get("/api/v1/EntityField").json().get("total").asInt();
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "gadget")).status()).isEqualTo(400);
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "Product")).status()).isEqualTo(409);
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "Gadget", "type", "Odd")).status()).isEqualTo(400);
            assertThat(admin.post("/api/v1/EntityField", Map.of("entityId", "Product", "code", "Color", "type",
                    "varchar")).status()).isEqualTo(400);
            assertThat(admin.post("/api/v1/EntityField", Map.of("entityId", "Product", "code", "brandId", "type",
                    "varchar")).status()).as("a link attribute").isEqualTo(409);
            assertThat(admin.post("/api/v1/EntityField", Map.of("entityId", "Product", "code", "name", "type",
                    "varchar")).status()).isEqualTo(409);
            assertThat(admin.post("/api/v1/EntityField", Map.of("entityId", "Product", "code", "createdAt", "type",
                    "varchar")).status()).as("a system field").isEqualTo(409);
            assertThat(admin.post("/api/v1/EntityField", Map.of("entityId", "Product", "code", "size", "type",
                    "enum")).status()).as("an enum without options").isEqualTo(400);
            assertThat(admin.delete("/api/v1/Entity/Product").status()).as("a module's entity").isEqualTo(403);
            assertThat(admin.delete("/api/v1/EntityField/Product_name").status()).as("a module's field").isEqualTo(403);
            assertThat(admin.get("/api/v1/Entity").json().get("total").asInt()).isEqualTo(entities);
            assertThat(admin.get("/api/v1/EntityField").json().get("total").asInt()).isEqualTo(fields);
            assertThat(admin.post("/api/v1/Product", Map.of("name", "x", "number", "C-2", "size", "s"))
                    .header("X-Atrium-Ignored-Fields")).isEqualTo("size");
        }
    }

    @Test
    void fieldsChangeWithinWhatTheStoredDataAllowsAndDeletionKeepsTheData() {
        {
            ApiClient admin = atrium.api();
            admin.post("/api/v1/Entity", Map.of("code", "Tool", "name", "Tool"));
            field(admin, "Tool", "grade", "enum", Map.of("options", List.of("a", "b")));
            field(admin, "Tool", "tag", "varchar", Map.of("maxLength", 10));
            String used = admin.post("/api/v1/Tool", Map.of("name", "used", "grade", "a", "tag", "kept")).json()
                    .get("id").asText();
            admin.post("/api/v1/Tool", Map.of("name", "bare"));

            ApiResponse options = admin.patch("/api/v1/EntityField/Tool_grade", Map.of("options", List.of("b")));
            assertThat(options.status()).isEqualTo(409);
            assertThat(options.json().get("reason").asText()).contains("in use by 1 Tool records");
            ApiResponse required = admin.patch("/api/v1/EntityField/Tool_tag", Map.of("isRequired", true));
            assertThat(required.status()).isEqualTo(409);
            assertThat(required.json().get("reason").asText()).contains("1 Tool records have no value");
            assertThat(admin.patch("/api/v1/EntityField/Tool_grade", Map.of("type", "varchar")).status()).isEqualTo(400);
            assertThat(admin.patch("/api/v1/EntityField/Product_name", Map.of("maxLength", 9)).status()).isEqualTo(403);
            assertThat(admin.patch("/api/v1/EntityField/Tool_grade", Map.of("options", List.of("a", "b", "c"),
                    "name", "Grade")).status()).isEqualTo(200);
            assertThat(admin.patch("/api/v1/EntityField/Tool_tag", Map.of("maxLength", 20)).status()).isEqualTo(200);
            assertThat(admin.post("/api/v1/Tool", Map.of("name", "new", "grade", "c", "tag", "fifteen chars..."))
                    .status()).isEqualTo(200);

            assertThat(admin.delete("/api/v1/EntityField/Tool_tag").text()).isEqualTo("true");
            assertThat(admin.get("/api/v1/Tool/" + used).json().has("tag")).isFalse();
            assertThat(admin.get("/api/v1/Metadata").json().at("/entityDefs/Tool/fields").has("tag")).isFalse();
            assertThat(keptValue(used)).as("the column is kept under another name").isEqualTo("kept");
            field(admin, "Tool", "tag", "int", Map.of());
            assertThat(admin.get("/api/v1/Tool/" + used).json().get("tag").isNull())
                    .as("the same code again is a new, empty column").isTrue();

            assertThat(admin.delete("/api/v1/Entity/Tool").text()).isEqualTo("true");
            assertThat(admin.get("/api/v1/Tool").status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/EntityField?where[0][type]=equals&where[0][attribute]=entityId"
                    + "&where[0][value]=Tool").json().get("total").asInt()).isZero();
            assertThat(admin.post("/api/v1/Entity", Map.of("code", "Tool", "name", "Tool")).status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/Tool").json().get("total").asInt()).as("a new, empty table").isZero();
            assertThat(admin.send(admin.request("/api/v1/Entity/Tool").header("Permanently", "true").DELETE()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aHierarchyEntityHasParentsAndChildrenAndTheOptionsItAskedFor() {
        ApiClient admin = atrium.api();
        assertThat(admin.post("/api/v1/Entity", Map.of("code", "Node", "name", "Node", "type", "Hierarchy",
                "hasActive", true, "hasOwner", true)).status()).isEqualTo(200);
        String root = admin.post("/api/v1/Node", Map.of("name", "root")).json().get("id").asText();
        JsonNode leaf = admin.post("/api/v1/Node", Map.of("name", "leaf", "parentsIds", List.of(root))).json();

        assertThat(leaf.get("parentsIds")).as(leaf.toString()).hasSize(1);
        assertThat(leaf.get("isActive").asBoolean()).isFalse();
        assertThat(leaf.has("ownerUserId")).isTrue();
        assertThat(admin.get("/api/v1/Node/" + root + "/children").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void onlyAdminsShapeTheModelAndOthersSeeACustomFieldOnceARoleOpensIt() {
        {
            ApiClient admin = atrium.api();
            field(admin, "Brand", "origin", "varchar", Map.of());
            String roleId = admin.post("/api/v1/Role", Map.of("name", "Catalog")).json().get("id").asText();
            admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Product", "hasAccess", true,
                    "readAction", "all"));
            admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Entity", "hasAccess", true,
                    "readAction", "all", "createAction", "yes"));
            admin.post("/api/v1/User", Map.of("userName", "shaper", "password", "shaper-secret-1",
                    "rolesIds", List.of(roleId)));
            ApiClient user = atrium.anonymous().loggedInAs("shaper", "shaper-secret-1");

            assertThat(user.post("/api/v1/Entity", Map.of("code", "Sneaky")).status()).isEqualTo(403);
            assertThat(user.post("/api/v1/EntityField", Map.of("entityId", "Product", "code", "sneaky",
                    "type", "varchar")).status()).isEqualTo(403);
            assertThat(user.get("/api/v1/Entity").status()).as("a role cannot open the model").isEqualTo(403);
            assertThat(user.get("/openapi.json").json().at("/components/schemas").has("Brand")).isFalse();

            String scopeId = admin.post("/api/v1/RoleScope", Map.of("roleId", roleId, "name", "Brand", "hasAccess", true,
                    "readAction", "all")).json().get("id").asText();
            JsonNode document = user.get("/openapi.json").json();
            assertThat(document.at("/components/schemas/Brand/properties").has("origin")).isTrue();
            String closed = admin.post("/api/v1/RoleScopeField", Map.of("roleScopeId", scopeId, "name", "origin",
                    "readAction", false, "editAction", false)).json().get("id").asText();
            assertThat(user.get("/openapi.json").json().at("/components/schemas/Brand/properties").has("origin"))
                    .as("a scope field closes a custom field like any other").isFalse();
            assertThat(admin.delete("/api/v1/RoleScopeField/" + closed).status()).isEqualTo(200);
            assertThat(admin.post("/api/v1/Brand", Map.of("name", "B", "code", "b", "origin", "far")).status())
                    .isEqualTo(200);
            assertThat(user.get("/api/v1/Brand").json().at("/list/0/origin").asText()).isEqualTo("far");
        }
    }

    /** The value of the renamed-away {@code tag} column of a Tool, read with SQL. */
    private static String keptValue(String id) {
        try (java.sql.Connection connection = atrium.connect()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            try (java.sql.PreparedStatement select = connection.prepareStatement("SELECT * FROM " + quote + "tool"
                    + quote + " WHERE " + quote + "id" + quote + " = ?")) {
                select.setString(1, id);
                try (java.sql.ResultSet row = select.executeQuery()) {
                    row.next();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        if (row.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT).startsWith("tag_")) {
                            return row.getString(i);
                        }
                    }
                    return null;
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(ApiClient admin, String entity, String code, String type, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>(more);
        body.put("entityId", entity);
        body.put("code", code);
        body.put("type", type);
        ApiResponse answer = admin.post("/api/v1/EntityField", body);
        assertThat(answer.status()).as(code + ": " + answer.text()).isEqualTo(200);
    }

    private static List<String> ids(ApiResponse answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().get("list").findValuesAsText("id");
    }
}
