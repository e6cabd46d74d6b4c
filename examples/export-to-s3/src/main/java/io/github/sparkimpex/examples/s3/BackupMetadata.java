package io.github.sparkimpex.examples.s3;

import java.io.File;
import java.util.List;
import java.util.Map;

import io.github.sparkimpex.camel.SparkImpexConstants;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * The user metadata stored with each package object ({@code x-amz-meta-*}): enough to trace an object back to the
 * Spark job that made it, and to check its bytes against the hash Spark announced, without opening it.
 */
public final class BackupMetadata {

    private BackupMetadata() {
    }

    public static Map<String, String> of(@Header(SparkImpexConstants.JOB_ID) String jobId,
                                         @Header(SparkImpexConstants.FILE_HASHES) List<String> fileHashes,
                                         @Body Object pkg) {
        // Spark announces one file per export in practice; a List body would mean it split the package.
        if (!(pkg instanceof File) || fileHashes.size() != 1) {
            throw new IllegalStateException("Export job " + jobId + " produced " + fileHashes.size()
                                            + " packages; this route stores exactly one object per export");
        }
        return Map.of("job-id", jobId, "file-hash", fileHashes.get(0));
    }
}
