package io.github.sparkimpex.emulator.jobs;

/** Thrown when a tenant already runs as many jobs of a type as its limit allows. */
public final class JobLimitReachedException extends Exception {

    private final String runningJobId;

    public JobLimitReachedException(String tenant, JobType type, String runningJobId, int limit) {
        super("Tenant " + tenant + " already runs " + limit + " " + type.wireName() + " job(s); job "
                + runningJobId + " is in progress");
        this.runningJobId = runningJobId;
    }

    public String runningJobId() {
        return runningJobId;
    }
}
