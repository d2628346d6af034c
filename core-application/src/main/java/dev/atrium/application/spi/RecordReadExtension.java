package dev.atrium.application.spi;

import java.util.Map;

/** Adds a module's values to the records that lists and single reads answer, when the request asks with the module's parameters. */
@FunctionalInterface
public interface RecordReadExtension {

    /**
     * @return by record id, the value answered under the extension's key (records left out get none); read them
     *     for all the call's records together, in a number of statements that does not grow with the page
     */
    Map<String, Object> extend(RecordReadCall call);
}
