package dev.atrium.module.pim;

import dev.atrium.application.spi.RecordHook;
import dev.atrium.application.spi.RecordWrite;
import dev.atrium.domain.record.ValidationException;

/** A product's {@code ean} is a GTIN-8, GTIN-12 (UPC-A) or GTIN-13 whose last digit is its check digit. */
final class Ean implements RecordHook {

    static final String EAN = "ean";

    @Override
    public void beforeWrite(RecordWrite write) {
        if (write.values().get(EAN) instanceof String ean && !ean.isEmpty() && !isValid(ean)) {
            throw ValidationException.of(EAN, "checksum", "'ean' " + ean + " is not a valid GTIN-8, GTIN-12 or "
                    + "GTIN-13: its check digit does not match.");
        }
    }

    /** The GS1 check: weights 3 and 1 alternate from the digit left of the check digit; the sum rounds up to ten. */
    static boolean isValid(String code) {
        if (!code.matches("[0-9]{8}|[0-9]{12}|[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = code.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (code.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == code.charAt(code.length() - 1) - '0';
    }
}
