package dev.atrium.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.atrium.adapter.persistence.DatabaseSettings;
import dev.atrium.adapter.persistence.PersistenceConfiguration;
import dev.atrium.adapter.rest.RestConfiguration;
import dev.atrium.adapter.rest.RestSettings;
import dev.atrium.adapter.security.SecurityConfiguration;
import dev.atrium.adapter.security.SecuritySettings;

/** The whole application: each adapter's configuration imported explicitly, no component scan. */
@Configuration(proxyBeanMethods = false)
@Import({CoreConfiguration.class, PersistenceConfiguration.class, RestConfiguration.class, SecurityConfiguration.class})
class AtriumConfiguration {

    @Bean
    DatabaseSettings databaseSettings(AtriumSettings settings) {
        return new DatabaseSettings(settings.dbUrl(), settings.dbUser(), settings.dbPassword(),
                settings.dbPoolSize(), settings.dbConnectionTimeout());
    }

    @Bean
    SecuritySettings securitySettings(AtriumSettings settings) {
        return new SecuritySettings(settings.bcryptCost());
    }

    @Bean
    RestSettings restSettings(AtriumSettings settings) {
        return new RestSettings(settings.maxBodyBytes());
    }
}
