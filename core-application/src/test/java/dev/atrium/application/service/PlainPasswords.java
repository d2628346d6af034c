package dev.atrium.application.service;

import dev.atrium.application.port.out.PasswordHasher;

/** A stand-in hasher for tests: marks the password so that tests can tell a hash from the password. */
final class PlainPasswords implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "hashed:" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash(password).equals(hash);
    }
}
