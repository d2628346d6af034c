package dev.atrium.domain.record;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates and date-times as JSON text. Every listed record carries date-times, so the four-digit
 * years of real data are written digit by digit rather than through a formatter.
 */
final class DateTexts {

    private DateTexts() {
    }

    static Object toJson(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            if (dateTime.getYear() < 0 || dateTime.getYear() > 9999) {
                return ValueConverter.DATETIME.format(dateTime);
            }
            char[] text = "0000-00-00 00:00:00".toCharArray();
            dateDigits(text, dateTime.toLocalDate());
            twoDigits(text, 11, dateTime.getHour());
            twoDigits(text, 14, dateTime.getMinute());
            twoDigits(text, 17, dateTime.getSecond());
            return new String(text);
        }
        if (value instanceof LocalDate date) {
            if (date.getYear() < 0 || date.getYear() > 9999) {
                return ValueConverter.DATE.format(date);
            }
            char[] text = "0000-00-00".toCharArray();
            dateDigits(text, date);
            return new String(text);
        }
        return value;
    }

    private static void dateDigits(char[] text, LocalDate date) {
        twoDigits(text, 0, date.getYear() / 100);
        twoDigits(text, 2, date.getYear() % 100);
        twoDigits(text, 5, date.getMonthValue());
        twoDigits(text, 8, date.getDayOfMonth());
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
