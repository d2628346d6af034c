package dev.atrium.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.atrium.application.port.in.CreateRecordCommand;
import dev.atrium.application.port.in.ListRecordsQuery;
import dev.atrium.application.port.in.MassSelection;
import dev.atrium.application.spi.ModuleContributions;
import dev.atrium.application.spi.PlatformModule;
import dev.atrium.application.spi.WhereItemRewriter;
import dev.atrium.application.testing.InMemoryRecordRepository;
import dev.atrium.application.testing.InMemoryUnitOfWork;
import dev.atrium.application.testing.MutableClock;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.query.WhereItem;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.ValidationException;
import dev.atrium.domain.security.Principal;

/** A module's rewriter turns flagged where items on Maker into conditions on the makers' gadgets. */
class RecordServiceWhereItemTest {

    /** {@code "isGadget": true}: the item is about the maker's gadgets; the attribute names the gadget's field. */
    private static final WhereItemRewriter GADGETS = (item, context) -> {
        if (item.get("known") != null && context.find("Gadget", (String) item.get("known")).isEmpty()) {
            throw item.invalid("names the gadget '" + item.get("known") + "', which is not found");
        }
        return new Condition.Related(context.catalog().require("Gadget"), "makerId",
                context.condition("Gadget", item.attribute(), item));
    };

    private final CatalogAssembler.Assembly assembly = CatalogAssembler.assembleAll(List.of(new PlatformModule() {
        @Override
        public String id() {
            return "fixtures";
        }

        @Override
        public void contribute(ModuleContributions contributions) {
            contributions.entityDefinitions(FixtureModule.class, "definitions/Maker.json", "definitions/Gadget.json")
                    .whereItem("maker", "isGadget", GADGETS);
        }
    }), 1, List.of());
    private final InMemoryRecordRepository repository = new InMemoryRecordRepository();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(repository);
    private final MutableClock clock = MutableClock.at(Workshop.START);
    private final RecordServices services = new RecordServices(assembly::catalog, repository, unitOfWork, clock,
            ListLimits.DEFAULT, new AccessControl(assembly::catalog, repository, unitOfWork, clock), new PlainPasswords(),
            assembly.hooks(), assembly.rewriters());

    @Test
    void aFlaggedItemFiltersByTheRecordsItsRewriterRelates() {
        Record acme = create("Maker", Map.of("name", "Acme"));
        Record bolt = create("Maker", Map.of("name", "Bolt"));
        create("Maker", Map.of("name", "Idle"));
        create("Gadget", Map.of("name", "Anvil", "price", 120.0, "colours", List.of("red"), "makerId", acme.id()));
        create("Gadget", Map.of("name", "Spring", "price", 3.5, "colours", List.of("blue"), "makerId", bolt.id()));

        assertThat(makers(flagged("greaterThan", "price", "100"))).containsExactly("Acme");
        assertThat(makers(flagged("arrayAnyOf", "colours", List.of("blue", "green")))).containsExactly("Bolt");
        assertThat(makers(Map.of("type", "not", "value", List.of(flagged("lessThan", "price", 10)))))
                .containsExactly("Acme", "Idle");
        assertThat(makers(Map.of("type", "and", "value", List.of(flagged("isNotNull", "price", null),
                Map.of("type", "equals", "attribute", "name", "value", "Bolt"))))).containsExactly("Bolt");
    }

    @Test
    void aDeletedRelatedRecordNoLongerCounts() {
        Record acme = create("Maker", Map.of("name", "Acme"));
        Record anvil = create("Gadget", Map.of("name", "Anvil", "price", 120.0, "makerId", acme.id()));

        services.massActions().massDelete(new MassSelection(Principal.SYSTEM, "Gadget", List.of(anvil.id()), null, false));

        assertThat(makers(flagged("greaterThan", "price", 100))).isEmpty();
    }

    @Test
    void massActionsReadFlaggedItemsToo() {
        Record acme = create("Maker", Map.of("name", "Acme"));
        create("Maker", Map.of("name", "Bolt"));
        create("Gadget", Map.of("name", "Anvil", "price", 120.0, "makerId", acme.id()));

        int deleted = services.massActions().massDelete(new MassSelection(Principal.SYSTEM, "Maker", null,
                List.of(flagged("greaterThan", "price", 100)), true));

        assertThat(deleted).isEqualTo(1);
        assertThat(makers()).containsExactly("Bolt");
    }

    @Test
    void theRewritersProblemsAndTheValuesAreA400NamingTheItem() {
        Map<String, Object> unknown = new java.util.HashMap<>(flagged("equals", "price", 1));
        unknown.put("known", "nope");
        assertThatThrownBy(() -> makers(unknown)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("where[0] (equals on 'price') names the gadget 'nope', which is not found.");
        assertThatThrownBy(() -> makers(flagged("greaterThan", "price", "cheap"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("where[0] (greaterThan on 'price') has a value that is not a valid float: cheap.");
        assertThatThrownBy(() -> makers(flagged("equals", "weight", 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("where[0] (equals on 'weight') names 'weight', which is not a field of Gadget");
    }

    @Test
    void aFlagOnAnEntityWithoutItsRewriterIsRefused() {
        assertThatThrownBy(() -> list("Gadget", flagged("equals", "price", 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sets 'isGadget', which filters of Gadget do not support");
    }

    @Test
    void twoModulesCannotReadOneFlagOnOneEntity() {
        PlatformModule twice = new PlatformModule() {
            @Override
            public String id() {
                return "twice";
            }

            @Override
            public void contribute(ModuleContributions contributions) {
                contributions.entityDefinitions(FixtureModule.class, "definitions/Maker.json", "definitions/Gadget.json")
                        .whereItem("Maker", "isGadget", GADGETS).whereItem("Maker", "isGadget", GADGETS);
            }
        };
        assertThatExceptionOfType(ModuleException.class)
                .isThrownBy(() -> CatalogAssembler.assembleAll(List.of(twice), 1, List.of()))
                .withMessageContaining("'isGadget'");
    }

    private static Map<String, Object> flagged(String type, String attribute, Object value) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("type", type, "attribute", attribute, "isGadget", true));
        if (value != null) {
            item.put("value", value);
        }
        return item;
    }

    private Record create(String entity, Map<String, Object> values) {
        return services.records().create(new CreateRecordCommand(Principal.SYSTEM, entity, values));
    }

    private List<String> makers(Object... where) {
        return list("Maker", where);
    }

    private List<String> list(String entity, Object... where) {
        List<String> names = new ArrayList<>();
        services.records().list(new ListRecordsQuery(Principal.SYSTEM, entity, List.of(where), null, null,
                List.of("name"), true, 0, null, null, true, true)).list().forEach(record -> names.add((String) record.get("name")));
        return names;
    }
}
