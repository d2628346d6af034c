package dev.atrium.domain.record;

import static dev.atrium.domain.record.Conversions.accepted;
import static dev.atrium.domain.record.Conversions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;

class ValueConverterCollectionsTest {

    private static final FieldDefinition COLOURS =
            FieldDefinition.builder("colours", FieldType.MULTI_ENUM).options(List.of("red", "green", "blue")).build();
    private static final FieldDefinition TAGS = FieldDefinition.builder("tags", FieldType.ARRAY).build();
    private static final FieldDefinition SPECS = FieldDefinition.builder("specs", FieldType.JSON_OBJECT).build();

    @Test
    void multiEnumKeepsOrderAndDropsRepeats() {
        assertThat(accepted(COLOURS, List.of("blue", "red", "blue"))).isEqualTo(List.of("blue", "red"));
        assertThat(accepted(COLOURS, List.of())).isEqualTo(List.of());
    }

    @Test
    void multiEnumRefusesUnknownOptions() {
        assertThat(refused(COLOURS, List.of("red", "pink"), "options").message()).contains("red", "green", "blue");
    }

    @Test
    void multiEnumRefusesNonStringItemsAndNonLists() {
        refused(COLOURS, List.of("red", 1), "type");
        refused(COLOURS, Arrays.asList("red", null), "type");
        refused(COLOURS, "red", "type");
    }

    @Test
    void arrayTakesAnyListAsAnUnmodifiableCopy() {
        List<Object> value = castList(accepted(TAGS, List.of("a", 1, Map.of("b", true))));

        assertThat(value).containsExactly("a", 1, Map.of("b", true));
        assertThat(value).isUnmodifiable();
    }

    @Test
    void arrayRefusesNonLists() {
        refused(TAGS, "a,b", "type");
        refused(TAGS, Map.of("a", 1), "type");
    }

    @Test
    void jsonObjectTakesAMap() {
        assertThat(accepted(SPECS, Map.of("weight", 2.5))).isEqualTo(Map.of("weight", 2.5));
    }

    @Test
    void jsonObjectRefusesListsAndScalars() {
        refused(SPECS, List.of(1), "type");
        refused(SPECS, "{}", "type");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(Object value) {
        return (List<Object>) value;
    }
}
