package io.github.sparkimpex.emulator.exporting;

/** One parsed item of {@code inputs.services}. */
public sealed interface ServiceReference {

    /** The item as the client wrote it, for error messages. */
    String text();

    /** {@code {folder}/{service}} or {@code {folder}/{service}[{versionPrefix}]}. */
    record ByPath(String text, String folder, String service, String versionPrefix) implements ServiceReference {
    }

    /** A bare service UUID or {@code service/{id}}. */
    record ByServiceId(String text, String serviceId) implements ServiceReference {
    }

    /** {@code version/{id}}, an SDK form the API doc does not list; accepted like an item of version_ids. */
    record ByVersionId(String text, String versionId) implements ServiceReference {
    }
}
