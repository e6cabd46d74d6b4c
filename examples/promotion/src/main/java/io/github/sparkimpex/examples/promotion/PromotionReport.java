package io.github.sparkimpex.examples.promotion;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.ServiceOutput;
import io.github.sparkimpex.model.ServiceVersionOutput;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Turns the final import status into the report an operator reads after a promotion. */
final class PromotionReport implements Processor {

    private final PromotionOutcome outcome;

    PromotionReport(PromotionOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public void process(Exchange exchange) {
        JobStatus imported = exchange.getMessage().getBody(JobStatus.class);
        File pkg = exchange.getProperty("packageFile", File.class);
        String report = render(exchange.getProperty("exportJobId", String.class), pkg, imported);
        System.out.println(report);
        exchange.getMessage().setBody(report);
        outcome.succeeded(report);
    }

    static String render(String exportJobId, File pkg, JobStatus imported) {
        StringBuilder out = new StringBuilder("\n=== Spark promotion report ===\n");
        out.append(String.format("export job  %s%n", exportJobId));
        out.append(String.format("package     %s (%,d bytes)%n", pkg, pkg.length()));
        out.append(String.format("import job  %s: %s%n%n", imported.id(), imported.status()));
        List<ServiceOutput> services = imported.outputs().services();
        out.append("Services\n");
        int width = services.stream().mapToInt(s -> s.serviceUriSource().length()).max().orElse(10);
        for (ServiceOutput s : services) {
            out.append(String.format("  %-" + width + "s -> %-30s %s%n", s.serviceUriSource(), s.serviceUriDestination(), s.status()));
        }
        List<ServiceVersionOutput> versions = imported.outputs().serviceVersions();
        out.append("Versions\n");
        int versionWidth = versions.stream().mapToInt(v -> v.serviceUriSource().length()).max().orElse(10);
        for (ServiceVersionOutput v : versions) {
            out.append(String.format("  %-" + versionWidth + "s -> %-36s %s%n", v.serviceUriSource(), v.serviceUriDestination(),
                    v.status()));
        }
        out.append(String.format("%nSummary: services %s; versions %s%n",
                counts(services, ServiceOutput::status), counts(versions, ServiceVersionOutput::status)));
        return out.toString();
    }

    private static <T> String counts(List<T> items, Function<T, String> status) {
        Map<String, Long> byStatus = items.stream().collect(Collectors.groupingBy(status, java.util.TreeMap::new, Collectors.counting()));
        return byStatus.isEmpty() ? "none" : byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
