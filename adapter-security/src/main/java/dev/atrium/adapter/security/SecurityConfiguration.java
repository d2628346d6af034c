package dev.atrium.adapter.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.atrium.application.port.out.PasswordHasher;

/** The security adapter's beans. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** bcrypt cost 10: about 0.1 s per check on a small server, slow enough against guessing. */
    static final int BCRYPT_COST = 10;

    @Bean
    PasswordHasher passwordHasher() {
        return new BcryptPasswordHasher(BCRYPT_COST);
    }
}
