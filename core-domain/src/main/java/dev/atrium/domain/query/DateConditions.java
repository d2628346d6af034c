package dev.atrium.domain.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

/**
 * The relative and calendar date conditions, resolved to ranges in UTC. On a date field a range is
 * of days (both ends included); on a date-time field it is of instants, from the first second of the
 * first day up to, not including, the first second after the last day.
 */
final class DateConditions {

    static final Set<String> TYPES = Set.of("today", "past", "future", "on", "before", "after", "lastXDays",
            "nextXDays", "currentMonth", "lastMonth", "currentYear");

    private final LocalDateTime now;
    private final LocalDate today;

    DateConditions(LocalDateTime now) {
        this.now = now;
        this.today = now.toLocalDate();
    }

    Condition condition(String type, FieldDefinition field, Object value, String where) {
        if (field.type() != FieldType.DATE && field.type() != FieldType.DATETIME) {
            throw FilterValues.invalid(where, "applies to date and datetime fields only");
        }
        boolean dateTime = field.type() == FieldType.DATETIME;
        String attribute = field.attribute();
        return switch (type) {
            case "today" -> days(attribute, dateTime, today, today);
            case "past" -> dateTime ? compare(attribute, Condition.Operator.LESS, now)
                    : compare(attribute, Condition.Operator.LESS, today);
            case "future" -> dateTime ? compare(attribute, Condition.Operator.GREATER, now)
                    : compare(attribute, Condition.Operator.GREATER, today);
            case "on" -> days(attribute, dateTime, FilterValues.date(value, where), FilterValues.date(value, where));
            case "before" -> before(attribute, dateTime, value, where);
            case "after" -> after(attribute, dateTime, value, where);
            case "lastXDays" -> dateTime
                    ? range(attribute, today.minusDays(FilterValues.count(value, where)).atStartOfDay(), now, true)
                    : days(attribute, false, today.minusDays(FilterValues.count(value, where)), today);
            case "nextXDays" -> dateTime
                    ? range(attribute, now, today.plusDays(FilterValues.count(value, where) + 1L).atStartOfDay(), false)
                    : days(attribute, false, today, today.plusDays(FilterValues.count(value, where)));
            case "currentMonth" -> days(attribute, dateTime, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
            case "lastMonth" -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield days(attribute, dateTime, first, first.withDayOfMonth(first.lengthOfMonth()));
            }
            default -> days(attribute, dateTime, today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
        };
    }

    private static Condition before(String attribute, boolean dateTime, Object value, String where) {
        LocalDateTime instant = dateTime ? FilterValues.dateTimeOrNull(value) : null;
        if (instant != null && value instanceof String text && text.length() > 10) {
            return compare(attribute, Condition.Operator.LESS, instant);
        }
        LocalDate day = FilterValues.date(value, where);
        return compare(attribute, Condition.Operator.LESS, dateTime ? day.atStartOfDay() : day);
    }

    private static Condition after(String attribute, boolean dateTime, Object value, String where) {
        LocalDateTime instant = dateTime ? FilterValues.dateTimeOrNull(value) : null;
        if (instant != null && value instanceof String text && text.length() > 10) {
            return compare(attribute, Condition.Operator.GREATER, instant);
        }
        LocalDate day = FilterValues.date(value, where);
        return dateTime ? compare(attribute, Condition.Operator.GREATER_OR_EQUAL, day.plusDays(1).atStartOfDay())
                : compare(attribute, Condition.Operator.GREATER, day);
    }

    /** The days from {@code first} to {@code last}, both included. */
    private static Condition days(String attribute, boolean dateTime, LocalDate first, LocalDate last) {
        if (dateTime) {
            return range(attribute, first.atStartOfDay(), last.plusDays(1).atTime(LocalTime.MIDNIGHT), false);
        }
        return new Condition.All(List.of(compare(attribute, Condition.Operator.GREATER_OR_EQUAL, first),
                compare(attribute, Condition.Operator.LESS_OR_EQUAL, last)));
    }

    private static Condition range(String attribute, LocalDateTime from, LocalDateTime to, boolean toIncluded) {
        return new Condition.All(List.of(compare(attribute, Condition.Operator.GREATER_OR_EQUAL, from),
                compare(attribute, toIncluded ? Condition.Operator.LESS_OR_EQUAL : Condition.Operator.LESS, to)));
    }

    private static Condition compare(String attribute, Condition.Operator operator, Object value) {
        return new Condition.Compare(attribute, operator, value);
    }
}
