package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.CheckHealthUseCase.Health;
import dev.atrium.application.port.out.DatabaseProbe;
import dev.atrium.domain.metadata.Catalog;

class HealthServiceTest {

    private final CatalogRegistry catalogs = new CatalogRegistry(catalog -> { });

    private static DatabaseProbe database(boolean answers) {
        return new DatabaseProbe() {
            @Override
            public void ping() {
                if (!answers) {
                    throw new IllegalStateException("connection refused to secret-host:5432");
                }
            }

            @Override
            public String describe() {
                return "test database";
            }
        };
    }

    @Test
    void isDownWhileNoCatalogIsInForce() {
        assertThat(new HealthService(catalogs, database(true)).check()).isEqualTo(new Health(false, "starting: schema not ready"));
    }

    @Test
    void isUpWhenTheCatalogIsInForceAndTheDatabaseAnswers() {
        catalogs.activate(new Catalog(1, List.of(), List.of()));

        assertThat(new HealthService(catalogs, database(true)).check()).isEqualTo(new Health(true, null));
    }

    @Test
    void isDownWithoutRevealingWhyTheDatabaseDoesNotAnswer() {
        catalogs.activate(new Catalog(1, List.of(), List.of()));

        assertThat(new HealthService(catalogs, database(false)).check()).isEqualTo(new Health(false, "database unreachable"));
    }
}
