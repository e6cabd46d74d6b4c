package io.github.sparkimpex.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tenant-wide view of one job type: jobs in progress and jobs that ended in the last hour, plus the limit.
 *
 * @param raw the document as Spark sent it
 */
public record TenantJobs(JobType type, List<JobSummary> inProgress, List<JobSummary> recent, Integer jobLimit,
        Integer jobsInProgress, @JsonIgnore JsonNode raw) {

    public TenantJobs {
        inProgress = inProgress == null ? List.of() : List.copyOf(inProgress);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    /** Every job the listing mentions, running ones first. */
    @JsonIgnore
    public List<JobSummary> all() {
        List<JobSummary> all = new ArrayList<>(inProgress);
        all.addAll(recent);
        return all;
    }
}
