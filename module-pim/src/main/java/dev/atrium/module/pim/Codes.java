package dev.atrium.module.pim;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;

/**
 * Codes are identifiers that feeds and people type: surrounding blanks are dropped and inner runs of
 * white space become one underscore ({@code " summer  shoes "} is stored as {@code summer_shoes}); a
 * blank code is no code.
 */
final class Codes implements RecordHook {

    static final String CODE = "code";

    @Override
    public void beforeWrite(RecordWrite write) {
        if (write.values().get(CODE) instanceof String code) {
            String normalised = normalise(code);
            write.values().put(CODE, normalised.isEmpty() ? null : normalised);
        }
    }

    static String normalise(String code) {
        return code.strip().replaceAll("\\s+", "_");
    }
}
