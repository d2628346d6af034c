package dev.atrium.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.CatalogBuilder;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.EntityType;
import dev.atrium.domain.metadata.FieldDefinition;
import dev.atrium.domain.metadata.FieldType;
import dev.atrium.domain.metadata.LinkDefinition;
import dev.atrium.domain.metadata.LinkType;
import dev.atrium.domain.record.ValidationException;

/** Items that set a flag go to the flag's reader, wherever they sit; a flag nobody reads is refused by name. */
class WhereParserFlagsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);
    private static final Catalog CATALOG = new CatalogBuilder()
            .entity(new EntityDefinition("Gadget", EntityType.BASE, Map.of(
                    "size", FieldDefinition.builder("size", FieldType.INT).build()),
                    Map.of(), List.of(), null, true, "test"))
            .entity(new EntityDefinition("Spec", EntityType.BASE, Map.of(
                    "gadget", FieldDefinition.builder("gadget", FieldType.LINK).build(),
                    "amount", FieldDefinition.builder("amount", FieldType.FLOAT).build()),
                    Map.of("gadget", new LinkDefinition("gadget", LinkType.BELONGS_TO, "Gadget", null, null)),
                    List.of(), null, true, "test"))
            .build(1);
    private static final EntityDefinition GADGET = CATALOG.require("Gadget");
    private static final EntityDefinition SPEC = CATALOG.require("Spec");

    private final List<WhereItem> seen = new ArrayList<>();
    private final Map<String, Function<WhereItem, Condition>> flagged = Map.of("isSpec", item -> {
        seen.add(item);
        return new Condition.Related(SPEC, "gadgetId", WhereParser.parseAs(CATALOG, SPEC, "amount", item, NOW));
    });

    @Test
    void aFlaggedItemBecomesWhatItsReaderMakesOfIt() {
        Condition condition = WhereParser.parse(CATALOG, GADGET, List.of(Map.of("type", "greaterThan",
                "attribute", "weight", "value", "2.5", "isSpec", "true", "unit", "kg")), NOW, flagged);

        assertThat(condition).isEqualTo(new Condition.Related(SPEC, "gadgetId",
                new Condition.Compare("amount", Condition.Operator.GREATER, 2.5)));
        assertThat(seen).singleElement().satisfies(item -> {
            assertThat(item.attribute()).isEqualTo("weight");
            assertThat(item.get("unit")).isEqualTo("kg");
            assertThat(item.label()).isEqualTo("where[0] (greaterThan on 'weight')");
        });
    }

    @Test
    void flaggedItemsNestInGroupsBesidePlainOnes() {
        Map<String, Object> spec = Map.of("type", "isNull", "attribute", "weight", "isSpec", true);
        Condition condition = WhereParser.parse(CATALOG, GADGET, List.of(Map.of("type", "or", "value", List.of(
                Map.of("type", "equals", "attribute", "size", "value", 3),
                Map.of("type", "not", "value", List.of(spec))))), NOW, flagged);

        assertThat(condition).isEqualTo(new Condition.Any(List.of(
                new Condition.Compare("size", Condition.Operator.EQUALS, 3L),
                new Condition.Not(new Condition.All(List.of(
                        new Condition.Related(SPEC, "gadgetId", new Condition.IsNull("amount"))))))));
    }

    @Test
    void aFlagThatIsNotSetLeavesThePlainItem() {
        Condition condition = WhereParser.parse(CATALOG, GADGET, List.of(Map.of("type", "equals", "attribute", "size",
                "value", 3, "isSpec", false, "dateTime", true)), NOW, flagged);

        assertThat(condition).isEqualTo(new Condition.Compare("size", Condition.Operator.EQUALS, 3L));
    }

    @Test
    void aFlagWithoutAReaderIsRefusedNamingIt() {
        assertThatThrownBy(() -> WhereParser.parse(CATALOG, GADGET, List.of(Map.of("type", "equals",
                "attribute", "weight", "value", 3, "isAttribute", true)), NOW, flagged))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Validation failed. where[0] (equals on 'weight') sets 'isAttribute', which filters of Gadget do not support.");
    }

    @Test
    void aValueThatDoesNotFitTheReadersFieldIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> WhereParser.parse(CATALOG, GADGET, List.of(Map.of("type", "equals",
                "attribute", "weight", "value", "heavy", "isSpec", true)), NOW, flagged))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Validation failed. where[0] (equals on 'weight') has a value that is not a valid float: heavy.");
    }

    @Test
    void aValueWithANulCharacterOrAnUnpairedSurrogateIsRefusedNamingTheItem() {
        for (Object value : List.of("a\u0000b", List.of("ok", "\ud800"), Map.of("k", "\u0000"))) {
            assertThatThrownBy(() -> WhereParser.parse(CATALOG, GADGET, List.of(Map.of("type", "or", "value",
                    List.of(Map.of("type", "equals", "attribute", "size", "value", value)))), NOW, flagged))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("where");
                            assertThat(error.message()).startsWith("where[0][0] (equals) has a value that contains");
                        });
                    });
        }
        assertThat(seen).isEmpty();
    }
}
