package dev.atrium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Settings come from the first source that has a value, under names derived from the environment name. */
class SettingSourcesTest {

    private final UnaryOperator<String> deployment = Map.of("ATRIUM_DB_URL", "jdbc:postgresql://db/atrium",
            "ATRIUM_DB_USER", " ")::get;
    private final UnaryOperator<String> machine = Map.of("ATRIUM_DB_URL", "jdbc:h2:mem:wrong",
            "ATRIUM_DB_USER", "atrium", "ATRIUM_PORT", "9000")::get;

    @Test
    void theFirstSourceWithAValueWinsAndBlankCountsAsNone() {
        UnaryOperator<String> settings = SettingSources.firstOf(List.of(deployment, machine));

        assertThat(settings.apply("ATRIUM_DB_URL")).isEqualTo("jdbc:postgresql://db/atrium");
        assertThat(settings.apply("ATRIUM_DB_USER")).isEqualTo("atrium");
        assertThat(settings.apply("ATRIUM_PORT")).isEqualTo("9000");
        assertThat(settings.apply("ATRIUM_DATA_DIR")).isNull();
    }

    @Test
    void namesFollowTheEnvironmentName() {
        assertThat(SettingSources.propertyName("ATRIUM_DB_CONNECTION_TIMEOUT_MS"))
                .isEqualTo("atrium.db.connection.timeout.ms");
        assertThat(SettingSources.jndiName("ATRIUM_DB_URL")).isEqualTo("java:comp/env/atrium/db.url");
    }

    @Test
    void aSystemPropertyBeatsTheEnvironmentWhenEmbedded() {
        System.setProperty("atrium.max.page.size", "77");
        try {
            assertThat(SettingSources.embedded().apply("ATRIUM_MAX_PAGE_SIZE")).isEqualTo("77");
        } finally {
            System.clearProperty("atrium.max.page.size");
        }
    }
}
