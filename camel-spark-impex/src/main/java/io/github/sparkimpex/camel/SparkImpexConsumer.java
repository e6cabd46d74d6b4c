package io.github.sparkimpex.camel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.sparkimpex.client.FollowedJobs;
import io.github.sparkimpex.client.SparkImpexClient;
import io.github.sparkimpex.client.SparkImpexJobs;
import io.github.sparkimpex.model.JobState;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobSummary;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Emits one exchange per job that ends on the tenant, whoever started it. Each poll reads the tenant-wide listings
 * (jobs in progress and those that ended in the last hour) and checks the jobs this JVM started without waiting.
 * A job is marked as emitted only after the route processed it successfully, so a failed exchange is offered again
 * on the next poll.
 */
public class SparkImpexConsumer extends ScheduledPollConsumer {

    private final ConsumerSelection selection;
    private IdempotentRepository emitted;
    private boolean ownsRepository;
    /** Last status reported per running job, for progress events; in memory only, as progress is best effort. */
    private final Map<String, String> progress = new HashMap<>();
    /** Ended jobs whose status this consumer does not report, so followed ones are not read again every poll. */
    private final Set<String> notReported = new HashSet<>();

    public SparkImpexConsumer(SparkImpexEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.selection = ConsumerSelection.of(endpoint.getTypes(), endpoint.getStatuses());
    }

    @Override
    public SparkImpexEndpoint getEndpoint() {
        return (SparkImpexEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        emitted = getEndpoint().getIdempotentRepository();
        ownsRepository = emitted == null;
        if (ownsRepository) {
            emitted = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        }
        ServiceHelper.startService(emitted);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownsRepository) {
            ServiceHelper.stopService(emitted);
        }
    }

    @Override
    protected int poll() throws Exception {
        SparkImpexClient client = getEndpoint().jobs().client();
        int count = 0;
        for (JobSummary job : currentJobs(client)) {
            if (!isRunAllowed()) {
                break;
            }
            if (!job.state().isFinal()) {
                count += emitProgress(job);
                continue;
            }
            progress.remove(key(job));
            if (!selection.reportsEnd(job)) {
                notReported.add(key(job));
            } else if (!emitted.contains(key(job))) {
                count += emitEnd(client, job);
            }
        }
        return count;
    }

    /** The tenant's listings plus the jobs this JVM started, each job once. */
    private List<JobSummary> currentJobs(SparkImpexClient client) {
        Map<String, JobSummary> jobs = new LinkedHashMap<>();
        for (JobType type : selection.types()) {
            for (JobSummary job : join(client.tenantJobs(type)).all()) {
                jobs.putIfAbsent(type.wireName() + "/" + job.id(), job);
            }
        }
        for (FollowedJobs.FollowedJob followed : FollowedJobs.JVM_WIDE.followed(client.settings().address())) {
            String id = followed.type().wireName() + "/" + followed.id();
            String key = key(followed.type(), followed.id());
            if (selection.types().contains(followed.type()) && !jobs.containsKey(id) && !emitted.contains(key)
                && !notReported.contains(key)) {
                JobStatus status = join(client.status(followed.type(), followed.id()));
                jobs.put(id, new JobSummary(followed.type(), status.id(), status.status(), null, null, null,
                        status.responseTimestamp(), status.processTime()));
            }
        }
        return new ArrayList<>(jobs.values());
    }

    private int emitEnd(SparkImpexClient client, JobSummary job) throws Exception {
        JobStatus status = join(client.status(job.type(), job.id()));
        if (!status.state().isFinal()) {
            return 0;
        }
        Exchange exchange = createExchange(true);
        try {
            JobEventMessages.end(exchange.getMessage(), job, status);
            if (getEndpoint().isDownloadExports() && job.type() == JobType.EXPORT && status.state() == JobState.SUCCEEDED) {
                ExportHandler.setPackages(exchange, join(getEndpoint().jobs().download(status,
                        new ExchangeInputs(getEndpoint().getConfiguration()).downloadDirectory())));
            }
            getProcessor().process(exchange);
            if (exchange.getException() == null) {
                emitted.add(key(job));
                return 1;
            }
            getExceptionHandler().handleException("Job event for " + job.type().wireName() + " job " + job.id()
                                                  + " failed; it is offered again on the next poll",
                    exchange, exchange.getException());
            return 0;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private int emitProgress(JobSummary job) throws Exception {
        if (!getEndpoint().isEmitProgress() || job.status().equals(progress.get(key(job)))) {
            return 0;
        }
        Exchange exchange = createExchange(true);
        try {
            JobEventMessages.progress(exchange.getMessage(), job);
            getProcessor().process(exchange);
            if (exchange.getException() == null) {
                progress.put(key(job), job.status());
                return 1;
            }
            getExceptionHandler().handleException("Progress event for job " + job.id() + " failed", exchange,
                    exchange.getException());
            return 0;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private String key(JobSummary job) {
        return key(job.type(), job.id());
    }

    private String key(JobType type, String id) {
        return getEndpoint().jobs().client().settings().address().baseUrl() + "#" + type.wireName() + "#" + id;
    }

    /** Poll failures surface with Spark's own exception, which the consumer health check reports. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = SparkImpexJobs.unwrap(e);
            throw cause instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
