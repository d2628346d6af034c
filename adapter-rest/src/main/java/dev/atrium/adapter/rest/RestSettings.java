package dev.atrium.adapter.rest;

/**
 * @param maxBodyBytes the largest request body accepted; larger ones are answered with 413
 * @param maxUpsertItems the most items one JSON upsert may carry; more are answered with 413
 */
public record RestSettings(long maxBodyBytes, int maxUpsertItems) {

    public RestSettings {
        if (maxBodyBytes < 1 || maxUpsertItems < 1) {
            throw new IllegalArgumentException("maxBodyBytes and maxUpsertItems must be positive");
        }
    }
}
