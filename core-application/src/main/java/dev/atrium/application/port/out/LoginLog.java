package dev.atrium.application.port.out;

import java.time.LocalDateTime;

/** Remembers login attempts, in the database, so that every node sees the failures of one address. */
public interface LoginLog {

    void record(String ipAddress, String userName, boolean success, LocalDateTime at);

    /** Failed attempts from the address since the given time. */
    int failuresSince(String ipAddress, LocalDateTime since);
}
