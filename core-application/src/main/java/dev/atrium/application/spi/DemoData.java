package dev.atrium.application.spi;

import java.util.List;

import dev.atrium.application.port.in.UpsertUseCase.Item;

/**
 * Example records a module offers for a first look (ATRIUM_SEED_DEMO=true at start, or
 * {@code java -jar atrium.war seed-demo}). They are upserted like any bulk import, so give them ids or
 * unique codes: seeding twice changes nothing. Prefix ids and codes with {@code demo-}, so that the demo
 * never takes a code that a user's own records want.
 */
@FunctionalInterface
public interface DemoData {

    /** The records, in an order in which every link points at a record given earlier or already stored. */
    List<Item> items();
}
