package io.github.sparkimpex.camel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.sparkimpex.model.JobState;
import io.github.sparkimpex.model.JobSummary;
import io.github.sparkimpex.model.JobType;

/** Which jobs a consumer reports: the {@code types} and {@code statuses} options, checked when the route starts. */
record ConsumerSelection(Set<JobType> types, Set<String> statuses) {

    static ConsumerSelection of(String types, String statuses) {
        Set<JobType> jobTypes = EnumSet.noneOf(JobType.class);
        for (String type : split(types)) {
            jobTypes.add(JobType.parse("option types", type));
        }
        if (jobTypes.isEmpty()) {
            jobTypes = EnumSet.allOf(JobType.class);
        }
        Set<String> endStates = split(statuses).stream().collect(Collectors.toUnmodifiableSet());
        for (String status : endStates) {
            if (!JobState.of(status).isFinal()) {
                throw new IllegalArgumentException("Invalid value '" + status + "' for option statuses: only end states "
                                                   + "can be selected, e.g. completed, closed, failed, cancelled");
            }
        }
        return new ConsumerSelection(jobTypes, endStates);
    }

    /** An ended job whose status was asked for (all end states when none were listed). */
    boolean reportsEnd(JobSummary job) {
        return job.state().isFinal()
               && (statuses.isEmpty() || statuses.contains(job.status().toLowerCase(Locale.ROOT)));
    }

    private static Set<String> split(String text) {
        return text == null ? Set.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
