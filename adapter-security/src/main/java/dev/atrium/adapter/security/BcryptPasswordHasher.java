package dev.atrium.adapter.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.domain.record.ValueConverter;

/**
 * bcrypt with a random salt per password; the cost factor sets how slow each check is. bcrypt reads
 * 72 bytes at most, so the core refuses longer passwords as input; a longer one offered at login can
 * never be the stored one and simply does not match.
 */
final class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;

    BcryptPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    @Override
    public String hash(String password) {
        if (tooLong(password)) {
            throw new IllegalArgumentException("a password longer than " + ValueConverter.MAX_PASSWORD_BYTES
                    + " bytes reached the hasher; input validation should have refused it");
        }
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$2")) {
            return false;
        }
        if (tooLong(password)) {
            // Spend the same time as a real check, so the answer does not tell a long password apart.
            encoder.matches("", hash);
            return false;
        }
        return encoder.matches(password, hash);
    }

    private static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > ValueConverter.MAX_PASSWORD_BYTES;
    }
}
