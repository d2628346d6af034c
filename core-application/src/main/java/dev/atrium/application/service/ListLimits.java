package dev.atrium.application.service;

/**
 * @param defaultMaxSize page size when a list names none (AtroCore: 200)
 * @param maxMaxSize the largest page a client may ask for
 */
public record ListLimits(int defaultMaxSize, int maxMaxSize) {

    public static final ListLimits DEFAULT = new ListLimits(200, 1000);

    public ListLimits {
        if (defaultMaxSize < 1 || maxMaxSize < defaultMaxSize) {
            throw new IllegalArgumentException("need 1 <= defaultMaxSize <= maxMaxSize");
        }
    }
}
