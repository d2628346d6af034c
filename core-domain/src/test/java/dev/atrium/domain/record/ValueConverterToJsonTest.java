package dev.atrium.domain.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ValueConverterToJsonTest {

    @Test
    void dateTimesAreWrittenAsTheFormatterWritesThem() {
        Random random = new Random(20261129);
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime value = LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
            assertThat(ValueConverter.toJson(value)).isEqualTo(ValueConverter.DATETIME.format(value));
            assertThat(ValueConverter.toJson(value.toLocalDate())).isEqualTo(ValueConverter.DATE.format(value.toLocalDate()));
        }
    }

    @Test
    void yearsBeyondFourDigitsAndTheEdgesOfTheCalendarMatchTheFormatterToo() {
        for (LocalDateTime value : List.of(LocalDateTime.of(0, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59),
                LocalDateTime.of(10_000, 1, 1, 0, 0), LocalDateTime.of(-1, 6, 15, 12, 0), LocalDateTime.MAX,
                LocalDateTime.MIN, LocalDateTime.of(2024, 2, 29, 9, 5, 7))) {
            assertThat(ValueConverter.toJson(value)).isEqualTo(ValueConverter.DATETIME.format(value));
            assertThat(ValueConverter.toJson(value.toLocalDate())).isEqualTo(ValueConverter.DATE.format(value.toLocalDate()));
        }
    }

    @Test
    void otherValuesAreLeftAsTheyAre() {
        Object list = List.of("a");
        assertThat(ValueConverter.toJson(list)).isSameAs(list);
        assertThat(ValueConverter.toJson(null)).isNull();
        assertThat(ValueConverter.toJson(LocalDate.of(2026, 11, 29))).isEqualTo("2026-11-29");
    }
}
