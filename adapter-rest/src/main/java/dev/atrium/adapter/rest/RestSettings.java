package dev.atrium.adapter.rest;

/**
 * @param maxBodyBytes the largest request body accepted; larger ones are answered with 413
 */
public record RestSettings(long maxBodyBytes) {

    public RestSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }
}
