package io.github.sparkimpex.emulator.core;

import io.github.sparkimpex.emulator.auth.Principal;
import io.github.sparkimpex.emulator.faults.FaultBoard;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobLimitReachedException;
import io.github.sparkimpex.emulator.jobs.JobProgression;
import io.github.sparkimpex.emulator.jobs.JobRegistry;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.github.sparkimpex.emulator.jobs.JobWork;
import io.github.sparkimpex.emulator.model.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;

/** Creates jobs: enforces the per-tenant limit, applies the job fault switches and starts the job's clock. */
public final class JobSubmitter {

    private static final Logger LOG = LoggerFactory.getLogger(JobSubmitter.class);

    private final EmulatorSettings settings;
    private final JobRegistry registry;
    private final JobProgression progression;
    private final FaultBoard faults;

    public JobSubmitter(EmulatorSettings settings, JobRegistry registry, JobProgression progression,
                        FaultBoard faults) {
        this.settings = settings;
        this.registry = registry;
        this.progression = progression;
        this.faults = faults;
    }

    /**
     * @param work makes the job's work from the new job id; called only when the job is accepted
     * @throws ApiException with the configured status (409 by default) when the tenant's limit is reached
     */
    public Job submit(String tenant, JobType type, Principal principal, String sourceSystem, String correlationId,
                      Function<String, JobWork> work) {
        try {
            Job job = registry.submit(tenant, type, settings.jobLimit(), () -> {
                String id = Ids.random();
                return new Job(id, tenant, type, principal.identity(), sourceSystem, correlationId, work.apply(id),
                        faults.takeJobBehaviour(tenant), settings.initialStatus(), settings.successStatus(),
                        settings.clock());
            });
            progression.started(job);
            LOG.info("{} job {} created for tenant {} by {}", type.wireName(), job.id(), tenant, principal.identity());
            return job;
        } catch (JobLimitReachedException e) {
            throw new ApiException(settings.jobLimitStatus(), "JOB_LIMIT_REACHED", e.getMessage())
                    .withDetail("job_id", e.runningJobId())
                    .withDetail("object", type.wireName());
        }
    }
}
