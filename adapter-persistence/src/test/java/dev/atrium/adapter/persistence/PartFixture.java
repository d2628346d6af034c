package dev.atrium.adapter.persistence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.atrium.application.testing.ContractCatalog;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;

/**
 * A few thousand Parts and some Makers with random but reproducible values, nulls included, some
 * soft-deleted; text values mix letters with the characters LIKE and SQL treat specially.
 */
final class PartFixture {

    static final Catalog CATALOG = ContractCatalog.build();
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 30, 45);
    static final String SPECIAL_TEXT = "abc%_!'\\\"";
    private static final String[] GRADES = {"a", "b", "c"};
    private static final String[] TAGS = {"red", "green", "blue"};

    final List<Map<String, Object>> makers = new ArrayList<>();
    final List<Map<String, Object>> parts = new ArrayList<>();

    PartFixture(long seed, int partCount, int makerCount) {
        Random random = new Random(seed);
        for (int i = 0; i < makerCount; i++) {
            makers.add(row(maker(), String.format("m%03d", i), "maker " + i, random.nextInt(10) == 0));
        }
        for (int i = 0; i < partCount; i++) {
            Map<String, Object> part = row(part(), String.format("p%05d", i), text(random), random.nextInt(20) == 0);
            part.put("code", random.nextInt(10) == 0 ? null : "c" + Integer.toString(i * 7919 % 100_003, 36));
            part.put("flag", maybe(random, random.nextBoolean()));
            part.put("quantity", maybe(random, (long) random.nextInt(200) - 50));
            part.put("weight", maybe(random, random.nextInt(400) / 4.0 - 20));
            part.put("grade", maybe(random, GRADES[random.nextInt(GRADES.length)]));
            part.put("tags", maybe(random, tags(random)));
            part.put("madeOn", maybe(random, NOW.toLocalDate().plusDays(random.nextInt(160) - 80)));
            part.put("checkedAt", maybe(random, NOW.plusSeconds(random.nextInt(200_000) - 100_000L)));
            part.put("note", maybe(random, text(random)));
            part.put("makerId", maybe(random, makers.get(random.nextInt(makerCount)).get("id")));
            parts.add(part);
        }
    }

    /** Text drawn from letters and special characters, so that escaping is exercised. */
    static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.append(SPECIAL_TEXT.charAt(random.nextInt(SPECIAL_TEXT.length())));
        }
        return text.toString();
    }

    List<Map<String, Object>> live(List<Map<String, Object>> rows) {
        return rows.stream().filter(row -> !Boolean.TRUE.equals(row.get("deleted"))).toList();
    }

    private static List<String> tags(Random random) {
        List<String> tags = new ArrayList<>();
        for (String tag : TAGS) {
            if (random.nextBoolean()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static Object maybe(Random random, Object value) {
        return random.nextInt(8) == 0 ? null : value;
    }

    private static Map<String, Object> row(EntityDefinition entity, String id, String name, boolean deleted) {
        Map<String, Object> row = new LinkedHashMap<>();
        entity.storedFields().forEach(field -> row.put(field.attribute(), null));
        row.put("id", id);
        row.put("name", name);
        row.put("deleted", deleted);
        row.put("createdAt", NOW);
        row.put("modifiedAt", NOW);
        return row;
    }

    private static EntityDefinition part() {
        return CATALOG.require("Part");
    }

    private static EntityDefinition maker() {
        return CATALOG.require("Maker");
    }
}
