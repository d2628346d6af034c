package dev.atrium.app.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One role to test: the actions it grants on one entity and what it allows on the field
 * {@code secret}; and which of the three fixture records (own, team, other) each level reaches.
 */
record AclCase(String entity, boolean create, String read, String edit, String delete, boolean fieldRead,
        boolean fieldEdit) {

    static final List<String> LEVELS = List.of("no", "own", "team", "all");

    /** Every combination of action levels and field permission, on both test entities. */
    static List<AclCase> all() {
        List<AclCase> cases = new ArrayList<>();
        for (String entity : List.of("Note", "Memo")) {
            for (boolean create : List.of(true, false)) {
                for (String read : LEVELS) {
                    for (String edit : LEVELS) {
                        for (String delete : LEVELS) {
                            cases.add(new AclCase(entity, create, read, edit, delete, true, true));
                            cases.add(new AclCase(entity, create, read, edit, delete, true, false));
                            cases.add(new AclCase(entity, create, read, edit, delete, false, false));
                        }
                    }
                }
            }
        }
        return cases;
    }

    /**
     * Every combination of read, edit and delete level on both test entities, with the create permission
     * and the three field permissions taking turns: each level's SQL condition meets each other level's on
     * a database, at a sixth of {@link #all()}'s requests.
     */
    static List<AclCase> levels() {
        List<AclCase> cases = new ArrayList<>();
        int turn = 0;
        for (String entity : List.of("Note", "Memo")) {
            for (String read : LEVELS) {
                for (String edit : LEVELS) {
                    for (String delete : LEVELS) {
                        boolean fieldRead = turn % 3 != 2;
                        cases.add(new AclCase(entity, turn % 2 == 0, read, edit, delete, fieldRead, turn % 3 == 0));
                        turn++;
                    }
                }
            }
        }
        return cases;
    }

    /** The fixture records ("own", "team", "other") a level reaches; Memo has no teams, so team is own. */
    Set<String> reach(String level) {
        return switch (level) {
            case "all" -> Set.of("own", "team", "other");
            case "team" -> entity.equals("Note") ? Set.of("own", "team") : Set.of("own");
            case "own" -> Set.of("own");
            default -> Set.of();
        };
    }

    @Override
    public String toString() {
        return entity + " create=" + (create ? "yes" : "no") + " read=" + read + " edit=" + edit + " delete=" + delete
                + " secret=" + (fieldRead ? "read" : "hidden") + (fieldEdit ? "+edit" : "");
    }
}
