package dev.atrium.application.port.out;

/** Hashes passwords slowly, with a salt, and checks a password against a stored hash. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
