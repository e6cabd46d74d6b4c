package io.github.sparkimpex.examples.springboot;

import java.util.List;
import java.util.stream.Collectors;

import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.ServiceOutput;

/** One line per promotion: what each import job did to each service, as the operator reads it in the log. */
public final class PromotionSummary {

    private PromotionSummary() {
    }

    /** The body of spark-impex:migrate: one import status, or a list of them when the export had several packages. */
    public static String of(Object migrateResult) {
        List<?> imports = migrateResult instanceof List<?> list ? list : List.of(migrateResult);
        return imports.stream().map(JobStatus.class::cast).map(PromotionSummary::line)
                .collect(Collectors.joining("; "));
    }

    private static String line(JobStatus imported) {
        String services = imported.outputs().services().stream()
                .map(PromotionSummary::service)
                .collect(Collectors.joining(", "));
        return "import job " + imported.id() + " " + imported.status() + ": " + services;
    }

    private static String service(ServiceOutput service) {
        return service.serviceUriSource() + " -> " + service.serviceUriDestination() + " " + service.status();
    }
}
