package dev.atrium.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atrium.application.port.in.UpsertUseCase;
import dev.atrium.application.port.in.UpsertUseCase.Item;
import dev.atrium.application.port.in.UpsertUseCase.Result;
import dev.atrium.application.port.in.UpsertUseCase.Status;
import dev.atrium.application.spi.DemoData;
import dev.atrium.domain.security.Principal;

/**
 * {@code java -jar atrium.war seed-demo}: starts Atrium on its configured database without serving
 * HTTP, upserts the demo data every module offers through the same bulk upsert the API uses, says
 * what happened and stops. Seeding twice changes nothing. While Atrium runs on an H2 file, the file is
 * locked: the server then seeds at its start with ATRIUM_SEED_DEMO=true ({@link AtriumRuntime}).
 */
final class SeedDemoCommand {

    static final String NAME = "seed-demo";
    private static final int CHUNK = 1000;

    private SeedDemoCommand() {
    }

    static int run(AtriumSettings settings, ClassLoader modules, PrintStream out, PrintStream err) {
        try (AtriumRuntime runtime = AtriumRuntime.start(settings, modules)) {
            Map<String, Integer> failures = new LinkedHashMap<>();
            Map<Status, Integer> counts = seed(runtime.demoData(), runtime.upserts(), failures);
            failures.forEach((message, times) -> err.println("failed " + times + " times: " + message));
            out.println("Demo data seeded into " + runtime.databaseDescription() + ": " + summary(counts));
            return counts.get(Status.Failed) == 0 ? 0 : 1;
        } catch (StartupException e) {
            err.println("Atrium cannot start: " + e.getMessage());
            if (settings.usesEmbeddedDatabase() && e.getMessage() != null && e.getMessage().contains("locked")) {
                err.println("Is Atrium running on this data folder? Then start it with ATRIUM_SEED_DEMO=true instead.");
            }
            return 1;
        }
    }

    static String summary(Map<Status, Integer> counts) {
        return counts.get(Status.Created) + " created, " + counts.get(Status.Updated)
                + " updated, " + counts.get(Status.NotModified) + " unchanged, " + counts.get(Status.Failed) + " failed.";
    }

    /** @param failures receives each failure message with how often it occurred */
    static Map<Status, Integer> seed(List<DemoData> data, UpsertUseCase upserts, Map<String, Integer> failures) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        for (DemoData module : data) {
            List<Item> items = new ArrayList<>(module.items());
            for (int from = 0; from < items.size(); from += CHUNK) {
                for (Result result : upserts.upsert(Principal.SYSTEM, items.subList(from, Math.min(items.size(),
                        from + CHUNK)), false)) {
                    counts.merge(result.status(), 1, Integer::sum);
                    if (result.message() != null) {
                        failures.merge(result.message(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
