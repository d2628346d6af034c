package org.example.warehouse;

import java.util.Locale;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;

/** Warehouse codes are printed on labels and typed by hand: kept without blanks around, in capitals. */
final class WarehouseCodes implements RecordHook {

    @Override
    public void beforeWrite(RecordWrite write) {
        if (write.values().get("code") instanceof String code) {
            write.values().put("code", code.strip().toUpperCase(Locale.ROOT));
        }
    }
}
