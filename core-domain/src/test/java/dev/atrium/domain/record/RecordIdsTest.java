package dev.atrium.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdsTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:20:30.123Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Random bits all set or all clear, to test ordering against the worst case. */
    private static Random constant(boolean ones) {
        return new Random() {
            @Override
            public int nextInt(int bound) {
                return ones ? bound - 1 : 0;
            }

            @Override
            public long nextLong() {
                return ones ? -1L : 0L;
            }
        };
    }

    @Test
    void nextIsAVersion7UuidCarryingTheClockMillis() {
        String id = new RecordIds(at(NOW)).next();

        UUID uuid = UUID.fromString(id);
        assertThat(id).hasSize(36).isLowerCase().isEqualTo(uuid.toString());
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void keepsVersionAndVariantWhateverTheRandomBits() {
        for (boolean ones : new boolean[] {true, false}) {
            UUID uuid = UUID.fromString(new RecordIds(at(NOW), constant(ones)).next());
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
        }
    }

    @Test
    void anIdFromALaterMillisecondSortsAfterAnyEarlierOne() {
        String earlier = new RecordIds(at(NOW), constant(true)).next();
        String later = new RecordIds(at(NOW.plusMillis(1)), constant(false)).next();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void idsOfOneMillisecondDiffer() {
        RecordIds ids = new RecordIds(at(NOW));
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            made.add(ids.next());
        }
        assertThat(made).hasSize(1000);
    }

    @Test
    void idsOfOneMillisecondSortInTheOrderTheyWereMade() {
        RecordIds ids = new RecordIds(at(NOW), constant(true));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            made.add(ids.next());
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void generatedIdsAreAcceptableAsClientIds() {
        assertThat(RecordIds.isAcceptable(new RecordIds(at(NOW)).next())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z9", "0", "sku:42", "a.b-c_d", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"})
    void acceptsSafeIds(String id) {
        assertThat(RecordIds.isAcceptable(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_a", ".a", "-a", ":a", "a b", "a/b", "a?b", "a%20", "é", "a\n"})
    void refusesIdsUnsafeInAPath(String id) {
        assertThat(RecordIds.isAcceptable(id)).isFalse();
    }

    @Test
    void theCheckAgreesWithThePatternTheApiDocumentationStates() {
        String alphabet = "aZ09_.:-/ é\n%";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(5) == 0 ? 60 + random.nextInt(10) : random.nextInt(6);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(random.nextInt(3) == 0 ? alphabet.length() : 8)));
            }
            assertThat(RecordIds.isAcceptable(id.toString())).as(id.toString())
                    .isEqualTo(RecordIds.CLIENT_ID.matcher(id).matches());
        }
    }

    @Test
    void refusesNullAndIdsLongerThan64() {
        assertThat(RecordIds.isAcceptable(null)).isFalse();
        assertThat(RecordIds.isAcceptable("a".repeat(64))).isTrue();
        assertThat(RecordIds.isAcceptable("a".repeat(65))).isFalse();
    }
}
