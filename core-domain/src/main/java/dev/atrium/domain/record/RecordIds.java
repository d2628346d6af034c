package dev.atrium.domain.record;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.atrium.domain.metadata.SystemFields;

/**
 * Makes record ids (UUID version 7: time-ordered, so new rows land at the end of the primary key
 * index) and checks ids that clients choose themselves.
 */
public final class RecordIds {

    /** The ids a client may choose on create; the API documentation states it too. */
    public static final Pattern CLIENT_ID = Pattern.compile(
            "^[A-Za-z0-9][A-Za-z0-9_.:-]{0," + (SystemFields.ID_MAX_LENGTH - 1) + "}$");

    private final Clock clock;
    private final Random random;

    public RecordIds(Clock clock) {
        this(clock, new SecureRandom());
    }

    RecordIds(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public String next() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long mostSignificant = (millis << 16) | (0x7L << 12) | randA;
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /** Whether a client-chosen id is safe to store and to put in a URL path. */
    public static boolean isAcceptable(String id) {
        return id != null && CLIENT_ID.matcher(id).matches();
    }
}
