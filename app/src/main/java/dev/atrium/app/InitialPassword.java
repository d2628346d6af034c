package dev.atrium.app;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The random password of the first admin: shown once in the log and kept in
 * {@code initial-admin-password} in the data folder (readable by its owner only), for the operator
 * to change at the first login.
 */
final class InitialPassword {

    static final String FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialPassword.class);

    private InitialPassword() {
    }

    static void announce(AtriumSettings settings, String password) {
        Path file = settings.dataDir().resolve(FILE);
        try {
            DataFolder.writeOwnerOnly(file, password + System.lineSeparator());
        } catch (IOException | StartupException e) {
            LOG.warn("The initial admin password could not be written to {}: {}", file, e.getMessage());
        }
        LOG.warn("Created user 'admin' with the password {} (also in {}); change it after the first login, "
                + "or set ATRIUM_ADMIN_PASSWORD before the first start", password, file);
    }
}
