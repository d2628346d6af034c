package dev.atrium.domain.record;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.atrium.domain.metadata.SystemFields;

/**
 * Makes record ids (UUID version 7: time-ordered, so new rows land at the end of the primary key
 * index) and checks ids that clients choose themselves. Ids made by one instance within the same
 * millisecond count up in their 12 {@code rand_a} bits (RFC 9562, method 1), so they sort in the
 * order they were made too.
 */
public final class RecordIds {

    /** The ids a client may choose on create; the API documentation states it too. */
    public static final Pattern CLIENT_ID = Pattern.compile(
            "^[A-Za-z0-9][A-Za-z0-9_.:-]{0," + (SystemFields.ID_MAX_LENGTH - 1) + "}$");

    private final Clock clock;
    private final Random random;
    private long lastMillis = -1;
    private long counter;

    public RecordIds(Clock clock) {
        this(clock, new SecureRandom());
    }

    RecordIds(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public synchronized String next() {
        long millis = Math.max(clock.millis(), lastMillis);
        if (millis == lastMillis && counter < 0xFFF) {
            counter++;
        } else {
            millis = millis == lastMillis ? millis + 1 : millis;
            counter = random.nextInt(1 << 11);
        }
        lastMillis = millis;
        long mostSignificant = (millis << 16) | (0x7L << 12) | counter;
        long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }

    /**
     * Refuses ids that no record can have, because no database stores them alike: those holding a NUL
     * character or an unpaired surrogate (PostgreSQL fails on the first even in a lookup).
     *
     * @param attribute the input the ids came in, named in the error ({@code ids}, {@code categoriesIds})
     */
    public static void requireStorable(String attribute, Collection<String> ids) {
        for (String id : ids) {
            String problem = StorableText.problem(id);
            if (problem != null) {
                throw ValidationException.of(attribute, "characters",
                        "'" + attribute + "' holds an id that contains " + problem + ".");
            }
        }
    }

    /**
     * Whether a client-chosen id is safe to store and to put in a URL path: {@link #CLIENT_ID}, checked character
     * by character, as every item of a bulk upsert is.
     */
    public static boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > SystemFields.ID_MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '_' && c != '.' && c != ':' && c != '-')) {
                return false;
            }
        }
        return true;
    }
}
