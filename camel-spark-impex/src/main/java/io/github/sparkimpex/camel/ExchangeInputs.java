package io.github.sparkimpex.camel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.sparkimpex.model.Destinations;
import io.github.sparkimpex.model.ExportRequest;
import io.github.sparkimpex.model.FileFilter;
import io.github.sparkimpex.model.IfPresent;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobTags;
import io.github.sparkimpex.model.JobType;
import io.github.sparkimpex.model.ServiceMapping;
import io.github.sparkimpex.model.ServiceSelection;
import io.github.sparkimpex.model.UpgradeType;
import io.github.sparkimpex.model.VersionFilter;
import io.github.sparkimpex.model.WireEnum;
import org.apache.camel.Exchange;

/** Builds requests from an exchange: headers first, then the endpoint's options. */
final class ExchangeInputs {

    private final SparkImpexConfiguration config;

    ExchangeInputs(SparkImpexConfiguration config) {
        this.config = config;
    }

    ExportRequest exportRequest(Exchange exchange) {
        ServiceSelection selection = ServiceSelection.of(
                list(exchange, SparkImpexConstants.FOLDERS, config.getFolders()),
                list(exchange, SparkImpexConstants.SERVICES, config.getServices()),
                list(exchange, SparkImpexConstants.VERSION_IDS, config.getVersionIds()));
        return new ExportRequest(selection,
                WireEnum.parse(FileFilter.class, "option fileFilter", config.getFileFilter()),
                WireEnum.parse(VersionFilter.class, "option versionFilter", config.getVersionFilter()),
                tags());
    }

    ImportRequest importRequest(Exchange exchange) {
        UpgradeType upgrade = WireEnum.parse(UpgradeType.class, "option upgrade", config.getUpgrade());
        List<ServiceMapping> mappings = mappings(exchange).stream().map(m -> m.withDefaultUpgrade(upgrade)).toList();
        if (mappings.isEmpty() && upgrade != null && upgrade != UpgradeType.MINOR) {
            // Spark reads update_version_type per services_modify entry only; silently importing as minor would
            // number versions differently from what the route asked for.
            throw new IllegalArgumentException("Option upgrade=" + upgrade.wireName() + " needs the services it applies to:"
                                               + " list them in destination (e.g. destination=pricing/quote); without"
                                               + " destination Spark numbers added versions as minor");
        }
        return new ImportRequest(mappings, WireEnum.parse(IfPresent.class, "option ifPresent", config.getIfPresent()), tags());
    }

    static String requiredHeader(Exchange exchange, String header, String operation) {
        String value = exchange.getMessage().getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Operation " + operation + " needs the header " + header);
        }
        return value.trim();
    }

    static JobType jobType(Exchange exchange, String operation) {
        return JobType.parse("header " + SparkImpexConstants.JOB_TYPE,
                requiredHeader(exchange, SparkImpexConstants.JOB_TYPE, operation));
    }

    /** Where downloaded packages go: the downloadDirectory option, else a folder of the system temp directory. */
    Path downloadDirectory() {
        return config.getDownloadDirectory() != null
                ? Path.of(config.getDownloadDirectory())
                : Path.of(System.getProperty("java.io.tmpdir"), "camel-spark-impex");
    }

    boolean waitForCompletion(boolean operationDefault) {
        return config.getWaitForCompletion() == null ? operationDefault : config.getWaitForCompletion();
    }

    private JobTags tags() {
        return new JobTags(config.getSourceSystem(), config.getCorrelationId());
    }

    private List<ServiceMapping> mappings(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(SparkImpexConstants.DESTINATION);
        if (header == null) {
            return Destinations.parse(config.getDestination());
        }
        if (header instanceof Map<?, ?> map) {
            return Destinations.fromMap(map);
        }
        if (header instanceof Collection<?> entries) {
            List<ServiceMapping> mappings = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof ServiceMapping mapping) {
                    mappings.add(mapping);
                } else if (entry != null) {
                    mappings.addAll(Destinations.parse(entry.toString()));
                }
            }
            return mappings;
        }
        return Destinations.parse(header.toString());
    }

    /** A header given as a List or a comma-separated String, else the option. */
    private static List<String> list(Exchange exchange, String header, String option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return split(option);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null).map(Object::toString).toList();
        }
        if (value instanceof String[] values) {
            return Arrays.asList(values);
        }
        return split(value.toString());
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}
