package io.github.sparkimpex.examples.filedrop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.sparkimpex.camel.SparkImpexConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Real packages to drop in the inbox: folders exported from a tenant (the emulator's {@code dev}) and written to
 * files, as a person would download them from Spark before dropping them for another tenant.
 */
public final class SamplePackages implements AutoCloseable {

    private final CamelContext camel = new DefaultCamelContext();
    private final Path directory;

    /** Exports from the tenant at {@code baseUrl} into {@code directory}. */
    public SamplePackages(String baseUrl, String apiKey, Path directory) throws Exception {
        this.directory = Files.createDirectories(directory);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The package file lives as long as the exchange: it is written to the directory within the route.
                from("direct:export")
                        .to("spark-impex:export?baseUrl=" + baseUrl + "&apiKey=RAW(" + apiKey + ")&pollInterval=200ms")
                        .to("file:" + directory.toAbsolutePath() + "?fileName=${header.packageName}");
            }
        });
        camel.start();
    }

    /** Exports {@code folder} into {@code <directory>/<name>} and returns that file. */
    public Path export(String folder, String name) {
        camel.createProducerTemplate().sendBodyAndHeaders("direct:export", null,
                Map.of(SparkImpexConstants.FOLDERS, folder, "packageName", name));
        return directory.resolve(name);
    }

    @Override
    public void close() {
        camel.stop();
    }
}
