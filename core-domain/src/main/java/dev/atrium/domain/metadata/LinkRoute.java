package dev.atrium.domain.metadata;

/**
 * How a to-many link is stored: rows of {@code entity} whose {@code ownKey} holds this record's id
 * link it to the record whose id is in {@code otherKey}. A one-to-many link {@code Brand.products}
 * runs through {@code Product} ({@code brandId} to {@code id}); a many-to-many link
 * {@code Product.categories} through its relation entity {@code ProductCategory}
 * ({@code productId} to {@code categoryId}).
 */
public record LinkRoute(String entity, String ownKey, String otherKey) {

    /** Whether the link's rows are the target records themselves, not a relation entity. */
    public boolean isDirect() {
        return otherKey.equals(SystemFields.ID);
    }
}
