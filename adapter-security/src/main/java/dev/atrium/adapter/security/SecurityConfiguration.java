package dev.atrium.adapter.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.out.PasswordHasher;

/** The security adapter's beans; needs {@link SecuritySettings} from the composition root. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    PasswordHasher passwordHasher(SecuritySettings settings) {
        return new BcryptPasswordHasher(settings.bcryptCost());
    }
}
