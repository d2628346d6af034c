package dev.atrium.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import dev.atrium.adapter.persistence.DatabaseKind;
import dev.atrium.adapter.persistence.OnEachTestDatabase;
import dev.atrium.app.AtriumSettings;

/**
 * bcrypt reads at most 72 bytes of a password: a longer one is refused with a 400 naming the field
 * on every way of writing a user, and a login with one is a plain 401.
 */
@OnEachTestDatabase
class PasswordLengthIT {

    private static final String LONGEST = "p".repeat(72);
    private static final String ONE_BYTE_TOO_LONG = "p".repeat(73);
    /** 25 characters, 75 bytes in UTF-8: the limit is bytes, not characters. */
    private static final String SHORT_BUT_WIDE = "\u20ac".repeat(25);

    private static RunningAtrium atrium;
    private static ApiClient admin;

    @Parameter
    DatabaseKind database;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind database) {
        atrium = RunningAtrium.start(database);
        admin = atrium.api();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        atrium.close();
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefusedOnCreateNamingTheField() {
        for (String password : List.of(ONE_BYTE_TOO_LONG, SHORT_BUT_WIDE)) {
            ApiResponse create = admin.post("/api/v1/User", Map.of("userName", "wide", "password", password));

            assertThat(create.status()).as(create.toString()).isEqualTo(400);
            assertThat(create.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
            assertThat(create.header("X-Status-Reason")).contains("'password'").contains("72 bytes");
        }
        assertThat(admin.get("/api/v1/User?where[0][type]=equals&where[0][attribute]=userName&where[0][value]=wide")
                .json().get("total").asInt()).isZero();
    }

    @Test
    void aPasswordOfExactly72BytesIsKeptWhole() {
        admin.post("/api/v1/User", Map.of("userName", "longest", "password", LONGEST));

        assertThat(login("longest", LONGEST)).isEqualTo(200);
        assertThat(login("longest", "p".repeat(71))).isEqualTo(401);
    }

    @Test
    void aLongPasswordIsRefusedOnUpdateMassUpdateAndUpsertAndTheOldOneStays() {
        String id = admin.post("/api/v1/User", Map.of("userName", "keeper", "password", "keeper-pass-1"))
                .json().get("id").asText();

        ApiResponse patch = admin.patch("/api/v1/User/" + id, Map.of("password", ONE_BYTE_TOO_LONG));
        ApiResponse mass = admin.put("/api/v1/User/action/massUpdate",
                Map.of("ids", List.of(id), "attributes", Map.of("password", SHORT_BUT_WIDE)));
        ApiResponse upsert = admin.post("/api/v1/MassActions/action/upsert",
                List.of(Map.of("entity", "User", "payload", Map.of("id", id, "password", ONE_BYTE_TOO_LONG))));

        assertThat(patch.status()).as(patch.toString()).isEqualTo(400);
        assertThat(patch.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(mass.status()).as(mass.toString()).isEqualTo(400);
        assertThat(upsert.status()).isEqualTo(200);
        assertThat(upsert.json().get(0).get("status").asText()).isEqualTo("Failed");
        assertThat(upsert.json().get(0).get("message").asText()).contains("'password'").contains("72 bytes");
        assertThat(login("keeper", "keeper-pass-1")).isEqualTo(200);
    }

    @Test
    void loggingInWithAnOverlongPasswordIsAPlain401() {
        admin.post("/api/v1/User", Map.of("userName", "plain", "password", "plain-pass-1"));

        assertThat(login("plain", ONE_BYTE_TOO_LONG)).isEqualTo(401);
        assertThat(login("plain", "x".repeat(5000))).isEqualTo(401);
        assertThat(login("nobody-at-all", SHORT_BUT_WIDE)).isEqualTo(401);
    }

    @Test
    void anOverlongFirstAdminPasswordStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> AtriumSettings.from(Map.of("ATRIUM_ADMIN_PASSWORD", SHORT_BUT_WIDE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATRIUM_ADMIN_PASSWORD").hasMessageContaining("72 bytes");
    }

    private static int login(String userName, String password) {
        ApiClient anonymous = atrium.anonymous();
        return anonymous.send(anonymous.request("/api/v1/App/user")
                .header("Authorization", ApiClient.basic(userName, password))).status();
    }
}
