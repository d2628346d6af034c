package dev.atrium.adapter.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import dev.atrium.application.port.out.PasswordHasher;

/** bcrypt with a random salt per password; the cost factor sets how slow each check is. */
final class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;

    BcryptPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash != null && hash.startsWith("$2") && encoder.matches(password, hash);
    }
}
