package io.github.sparkimpex.client;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.model.ExportRequest;
import io.github.sparkimpex.model.ServiceSelection;
import org.junit.jupiter.api.AfterEach;

/** Builds standalone clients (no Camel) against WireMock, with fast polls so tests stay quick. */
abstract class ClientTestSupport {

    private final ClientExecutors executors = ClientExecutors.standalone(4);

    protected abstract WireMockExtension wm();

    protected ClientSettings.Builder settings(String tenant, SparkCredentials credentials) {
        return ClientSettings.builder(TenantAddress.fromBaseUrl(wm().baseUrl() + "/" + tenant, "baseUrl"), credentials)
                .pollInterval(Duration.ofMillis(10))
                .maxPollInterval(Duration.ofMillis(50));
    }

    protected SparkImpexClient client(ClientSettings settings) {
        return new SparkImpexClient(settings, executors);
    }

    protected SparkImpexClient client(String tenant) {
        return client(settings(tenant, new SparkCredentials.ApiKey("key")).build());
    }

    /** The smallest valid export: one folder. */
    protected static ExportRequest exportOfFolder() {
        return new ExportRequest(ServiceSelection.of(List.of("f"), List.of(), List.of()), null, null, null);
    }

    @AfterEach
    void stopExecutors() {
        executors.shutdown();
    }
}
