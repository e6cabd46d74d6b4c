package io.github.sparkimpex.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.core.RequestFields;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobStatus;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * {@code PATCH /{tenant}/api/v4/{export|import}/{jobId}} with {@code {"export_status": "cancelled"}} (or
 * {@code import_status}). A running job becomes {@code cancelled}; a job that already ended is left as it is and
 * its status returned, so cancelling is idempotent.
 */
public final class JobCancelHandler implements HttpHandler {

    private final EmulatorCore core;
    private final StatusDocuments documents;
    private final JobType type;

    public JobCancelHandler(EmulatorCore core, StatusDocuments documents, JobType type) {
        this.core = core;
        this.documents = documents;
        this.type = type;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Job job = Jobs.require(core, exchange, type);
        JsonNode body = RequestBodies.json(exchange);
        RequestFields.requireObject(body, "The " + type.wireName() + " status change");
        String wanted = RequestFields.optionalText(body, type.statusField());
        if (!JobStatus.CANCELLED.wireName().equals(wanted)) {
            throw ApiException.badRequest("INVALID_STATUS_CHANGE",
                    "Send {\"" + type.statusField() + "\": \"cancelled\"}; a job can only be cancelled");
        }
        job.cancel();
        Responses.wire(exchange, 200, documents.job(job.snapshot()));
    }
}
