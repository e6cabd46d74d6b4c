package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.seed.VersionSeed;

import java.util.List;

/** Bodies of the admin API's POST requests (camelCase JSON). */
final class AdminRequests {

    private AdminRequests() {
    }

    /** {@code POST /_admin/tenants/{tenant}/folders}. */
    record CreateFolder(String name) {
    }

    /** {@code POST /_admin/tenants/{tenant}/services}. */
    record AddService(String folder, String service, String serviceId, List<VersionSeed> versions) {
    }

    /** {@code POST /_admin/tenants/{tenant}/tokens}; without {@code clientId} the tenant's first client. */
    record IssueToken(String clientId) {
    }

    /** {@code POST .../faults}: every field is optional and only the given switches change. */
    record SetFaults(Counted rateLimit,
                     Counted serverErrors,
                     Long slowResponsesMillis,
                     Counted downloadErrors,
                     Boolean cutNextDownload,
                     Boolean failNextJob,
                     Boolean stickNextJob,
                     Boolean expireTokens) {
    }

    /**
     * A counted fault: {@code requests} affected; {@code status} for server and download errors (default 503),
     * {@code retryAfterSeconds} for the rate limit (default 1).
     */
    record Counted(int requests, Integer status, Integer retryAfterSeconds) {
    }
}
