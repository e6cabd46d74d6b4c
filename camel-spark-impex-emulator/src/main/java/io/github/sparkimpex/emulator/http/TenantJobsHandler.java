package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.auth.Principal;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobSnapshot;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import java.util.List;

/**
 * {@code GET /{tenant}/api/v4/{export|import}/status}: the caller's running and recent jobs (every job of the
 * tenant for a supervisor, or when the emulator is configured to show all), plus the tenant's limit and its
 * running-job count. Listing does not count as a status poll.
 */
public final class TenantJobsHandler implements HttpHandler {

    private final EmulatorCore core;
    private final StatusDocuments documents;
    private final JobType type;

    public TenantJobsHandler(EmulatorCore core, StatusDocuments documents, JobType type) {
        this.core = core;
        this.documents = documents;
        this.type = type;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        Principal principal = AuthenticationHandler.principal(exchange);
        List<JobSnapshot> all = core.jobs().jobs(principal.tenant(), type).stream().map(Job::snapshot).toList();
        boolean seesAll = principal.supervisor() || !core.settings().ownJobsOnly();
        List<JobSnapshot> visible = all.stream()
                .filter(job -> seesAll || job.createdBy().equals(principal.identity()))
                .toList();
        long running = all.stream().filter(job -> job.status().isRunning()).count();
        Responses.wire(exchange, 200, documents.tenantJobs(type, visible, running, core.settings().jobLimit(),
                core.settings().recentJobsWindow()));
    }
}
