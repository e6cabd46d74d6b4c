package io.github.sparkimpex.model;

/** Both tenant-wide listings of one tenant: its export jobs and its import jobs. */
public record TenantOverview(String tenant, TenantJobs exports, TenantJobs imports) {
}
