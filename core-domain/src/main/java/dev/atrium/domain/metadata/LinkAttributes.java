package dev.atrium.domain.metadata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes a link is read and written under ({@code brandId}, {@code categoriesIds}), one string per link
 * for the process: records, rows, inputs and answers key their maps by them for every value they hold, and a
 * string made anew at each use would be hashed anew at each lookup. Link names come from the catalog, so the
 * maps stay small.
 */
public final class LinkAttributes {

    private static final Map<String, String> IDS_OF_ONE = new ConcurrentHashMap<>();
    private static final Map<String, String> IDS_OF_MANY = new ConcurrentHashMap<>();

    private LinkAttributes() {
    }

    /** {@code brandId} for link {@code brand}: the id a belongs-to link stores. */
    public static String id(String link) {
        String attribute = IDS_OF_ONE.get(link);
        return attribute != null ? attribute : IDS_OF_ONE.computeIfAbsent(link, name -> name + "Id");
    }

    /** {@code categoriesIds} for link {@code categories}: the ids a to-many link is read and set with. */
    public static String ids(String link) {
        String attribute = IDS_OF_MANY.get(link);
        return attribute != null ? attribute : IDS_OF_MANY.computeIfAbsent(link, name -> name + "Ids");
    }
}
