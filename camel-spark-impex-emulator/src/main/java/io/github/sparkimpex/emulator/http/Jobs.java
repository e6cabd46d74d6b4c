package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.auth.Principal;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.undertow.server.HttpServerExchange;

/** Finds the job named in the path, within the caller's tenant. */
final class Jobs {

    private Jobs() {
    }

    static Job require(EmulatorCore core, HttpServerExchange exchange, JobType type) {
        Principal principal = AuthenticationHandler.principal(exchange);
        String jobId = PathParams.get(exchange, "jobId");
        return core.jobs().find(principal.tenant(), type, jobId)
                .orElseThrow(() -> ApiException.notFound("JOB_NOT_FOUND",
                        "No " + type.wireName() + " job " + jobId + " in tenant " + principal.tenant()));
    }
}
