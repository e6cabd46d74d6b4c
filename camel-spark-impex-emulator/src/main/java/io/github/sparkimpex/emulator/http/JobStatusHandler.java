package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * {@code GET /{tenant}/api/v4/{export|import}/{jobId}/status}. Each call is a status poll and may move the job
 * on (see {@code JobProgression}).
 */
public final class JobStatusHandler implements HttpHandler {

    private final EmulatorCore core;
    private final StatusDocuments documents;
    private final JobType type;

    public JobStatusHandler(EmulatorCore core, StatusDocuments documents, JobType type) {
        this.core = core;
        this.documents = documents;
        this.type = type;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        Job job = Jobs.require(core, exchange, type);
        core.progression().polled(job);
        Responses.wire(exchange, 200, documents.job(job.snapshot()));
    }
}
