package io.github.sparkimpex.benchmark;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * (b) Peak heap while one package is exported (downloaded) from a source tenant and imported (uploaded) to a target
 * tenant: the whole of a promotion, as {@code export} then {@code import} in one route, or as an SDK user writes it.
 */
final class HeapScenario {

    private HeapScenario() {
    }

    static void component(String rootUrl, String downloads) throws Exception {
        try (CamelApp app = new CamelApp(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:promote")
                        .to("spark-impex:export?baseUrl=" + rootUrl + "/source&apiKey=k&folders=f&pollInterval=100ms"
                            + "&downloadDirectory=" + downloads)
                        .to("spark-impex:import?baseUrl=" + rootUrl + "/target&apiKey=k&destination=f/s&pollInterval=100ms");
            }
        })) {
            long baseline = HeapMeter.settledUsed();
            HeapMeter.resetPeaks();
            Exchange done = app.template().request("direct:promote", exchange -> {
            });
            long peak = HeapMeter.peakUsed();
            if (done.getException() != null) {
                throw done.getException();
            }
            emit(baseline, peak);
        }
    }

    static void sdk(String rootUrl) throws Exception {
        try (SdkStyleClient sdk = new SdkStyleClient(rootUrl, 4, Integer.MAX_VALUE, Duration.ofMillis(100))) {
            long baseline = HeapMeter.settledUsed();
            HeapMeter.resetPeaks();
            byte[] pkg = sdk.export("source");
            sdk.importPackage("target", pkg);
            emit(baseline, HeapMeter.peakUsed());
        }
    }

    private static void emit(long baseline, long peak) {
        Result.builder().put("baseline", baseline).put("peak", peak).put("added", peak - baseline).emit();
    }
}
