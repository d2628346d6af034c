package dev.atrium.application.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.security.Principal;
import dev.atrium.domain.security.Tokens;

/**
 * On a first start there is no user: creates {@code admin}, with the operator's password or, when
 * none is configured, a random one. There is never a default password.
 */
public final class AdminBootstrap {

    private final RecordServices records;

    public AdminBootstrap(RecordServices records) {
        this.records = records;
    }

    /**
     * @param configuredPassword the operator's choice, or null
     * @return the random password given to a new admin; empty when an admin existed or the password was configured
     */
    public Optional<String> ensureAdmin(String configuredPassword) {
        if (adminExists()) {
            return Optional.empty();
        }
        String password = configuredPassword == null || configuredPassword.isBlank() ? Tokens.newPassword()
                : configuredPassword;
        try {
            records.records().create(new CreateRecordCommand(Principal.SYSTEM, "User", Map.of("userName", "admin",
                    "name", "Administrator", "password", password, "isAdmin", true, "isActive", true)));
        } catch (DomainException raced) {
            return Optional.empty();
        }
        return configuredPassword == null || configuredPassword.isBlank() ? Optional.of(password) : Optional.empty();
    }

    /** Whether some admin user exists, that is, whether this is not a first start. */
    public boolean adminExists() {
        ListRecordsQuery admins = new ListRecordsQuery(Principal.SYSTEM, "User",
                List.of(Map.of("type", "isTrue", "attribute", "isAdmin")), null, null, null, null, 0, 1, null, true, false);
        return records.records().list(admins).total() > 0;
    }
}
