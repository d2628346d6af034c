package dev.atrium.domain.record;

import static dev.atrium.domain.record.Conversions.accepted;
import static dev.atrium.domain.record.Conversions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

class ValueConverterDatesTest {

    private static final FieldDefinition RELEASED = FieldDefinition.builder("released", FieldType.DATE).build();
    private static final FieldDefinition SHIPPED = FieldDefinition.builder("shippedAt", FieldType.DATETIME).build();

    @Test
    void dateAcceptsIsoCalendarDates() {
        assertThat(accepted(RELEASED, "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-1-1", "2024-01-01T00:00:00", "01.01.2024", ""})
    void dateIsStrict(String text) {
        refused(RELEASED, text, "date");
    }

    @Test
    void dateRefusesNonStrings() {
        refused(RELEASED, 20240101, "type");
    }

    @Test
    void datetimeAcceptsAtroCoreFormatAsUtc() {
        assertThat(accepted(SHIPPED, "2024-05-01 10:20:30")).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 20, 30));
    }

    @Test
    void datetimeConvertsIsoWithOffsetToUtcTruncatedToSeconds() {
        assertThat(accepted(SHIPPED, "2024-05-01T12:20:30.789+02:00")).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 20, 30));
        assertThat(accepted(SHIPPED, "2024-12-31T23:30:00-01:00")).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 30));
        assertThat(accepted(SHIPPED, "2024-05-01T10:20:30Z")).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 20, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-05-01", "2024-02-30 10:00:00", "2024-05-01 25:00:00", "2024-05-01T10:20:30"})
    void datetimeRefusesAnythingElse(String text) {
        refused(SHIPPED, text, "datetime");
    }

    @Test
    void datetimeRefusesNonStrings() {
        refused(SHIPPED, 1714558830, "type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-01", "-0001-01-01", "0000-12-31", "+10000-01-01"})
    void dateYearsOutsideOneToNineThousandNineHundredNinetyNineAreRefused(String text) {
        refused(RELEASED, text, "date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-06-01T00:00:00Z",
        "9999-12-31T23:30:00-01:00", "+10000-01-01 00:00:00"})
    void dateTimeYearsOutsideOneToNineThousandNineHundredNinetyNineAreRefused(String text) {
        refused(SHIPPED, text, "datetime");
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreKept() {
        assertThat(accepted(RELEASED, "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(accepted(RELEASED, "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(accepted(SHIPPED, "0001-01-01T00:30:00+00:30")).isEqualTo(LocalDateTime.of(1, 1, 1, 0, 0));
        assertThat(accepted(SHIPPED, "9999-12-31 23:59:59")).isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59, 59));
    }
}
