package dev.atrium.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import liquibase.Scope;
import liquibase.analytics.LiquibaseAnalyticsListener;
import liquibase.analytics.configuration.AnalyticsArgs;

/** Liquibase runs Atrium's migrations without sending usage data to its makers' servers. */
class MigrationsScopeTest {

    @Test
    void liquibaseAnalyticsAreOffWhileAtriumMigrates() throws Exception {
        AtomicReference<Boolean> setting = new AtomicReference<>();
        AtomicReference<Boolean> sending = new AtomicReference<>();

        Scope.child(Migrations.scope(), () -> {
            setting.set(AnalyticsArgs.ENABLED.getCurrentValue());
            sending.set(new LiquibaseAnalyticsListener().isEnabled());
        });

        assertThat(setting.get()).isFalse();
        assertThat(sending.get()).as("decided without asking Liquibase's configuration endpoint").isFalse();
    }
}
