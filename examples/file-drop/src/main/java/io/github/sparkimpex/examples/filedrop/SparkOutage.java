package io.github.sparkimpex.examples.filedrop;

import io.github.sparkimpex.client.SparkImpexAuthenticationException;
import io.github.sparkimpex.client.SparkImpexException;
import io.github.sparkimpex.client.SparkImpexTimeoutException;
import org.apache.camel.Exchange;

/**
 * Tells a package Spark never judged from one it refused. Only a refusal moves a package to {@code failed/}; when
 * Spark could not be asked, the package is not at fault and must wait in the inbox for Spark to come back.
 */
final class SparkOutage {

    private SparkOutage() {
    }

    /**
     * True when Spark did not get to judge the package: no response at all (connection refused, reset, timed out),
     * a 5xx, 408 or 429 that outlasted the component's own retries, or credentials it refused (a configuration
     * problem, not the package's). False for everything else: a job that ended failed, a package Spark rejected
     * with another 4xx, a package over {@code maxPackageSize}, a job that outran {@code jobTimeout}, and a job that
     * started but could no longer be followed (both may still finish on Spark, so importing again could import twice).
     */
    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SparkImpexTimeoutException) {
                return false;
            }
            if (cause instanceof SparkImpexAuthenticationException) {
                return true;
            }
            if (cause instanceof SparkImpexException spark) {
                if (spark.getJobId() != null) {
                    // The import started on Spark (and may still finish): importing the file again could import twice.
                    return false;
                }
                int status = spark.getHttpStatus();
                return status == 0 || status >= 500 || status == 408 || status == 429;
            }
        }
        return false;
    }

    /** {@link #is(Throwable)} for the exception an exchange failed with; usable as an {@code onWhen} predicate. */
    static boolean matches(Exchange exchange) {
        Throwable failure = exchange.getException();
        return is(failure != null ? failure : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
    }
}
