package io.github.sparkimpex.camel;

import org.apache.camel.spi.Metadata;

/** Message headers read and written by the spark-impex component. */
public final class SparkImpexConstants {

    @Metadata(label = "producer", description = "Overrides the operation of the endpoint: export, import, migrate, status, cancel, jobs or download.",
              javaType = "String")
    public static final String OPERATION = "CamelSparkImpexOperation";

    @Metadata(label = "producer", description = "Export: folders to export, overriding the folders option (comma-separated String or List).",
              javaType = "Object")
    public static final String FOLDERS = "CamelSparkImpexFolders";

    @Metadata(label = "producer", description = "Export: service URIs to export, overriding the services option (comma-separated String or List).",
              javaType = "Object")
    public static final String SERVICES = "CamelSparkImpexServices";

    @Metadata(label = "producer", description = "Export: version ids to export, overriding the versionIds option (comma-separated String or List).",
              javaType = "Object")
    public static final String VERSION_IDS = "CamelSparkImpexVersionIds";

    @Metadata(label = "producer", description = """
            Import and migrate: where services land, overriding the destination option. A String as the option, a List of such
            entries, a Map of source to target service URI, or a List of io.github.sparkimpex.model.ServiceMapping that also
            carry the upgrade type.""",
              javaType = "Object")
    public static final String DESTINATION = "CamelSparkImpexDestination";

    @Metadata(description = "The job id: set on every result; read by status and cancel.", javaType = "String")
    public static final String JOB_ID = "CamelSparkImpexJobId";

    @Metadata(description = "The job type (export or import): set on every result; read by status and cancel.",
              javaType = "String")
    public static final String JOB_TYPE = "CamelSparkImpexJobType";

    @Metadata(description = "The job's last status as Spark reported it, e.g. completed, closed, in_progress, failed.",
              javaType = "String")
    public static final String JOB_STATUS = "CamelSparkImpexJobStatus";

    @Metadata(label = "producer", description = "Export: the file_hash Spark announced for each package, in package order.",
              javaType = "java.util.List<String>")
    public static final String FILE_HASHES = "CamelSparkImpexFileHashes";

    @Metadata(label = "producer", description = "Download: the package URL from an export status (outputs.files[].file).",
              javaType = "String")
    public static final String FILE_URL = "CamelSparkImpexFileUrl";

    @Metadata(label = "producer", description = "Migrate: the id of the export job on the source tenant.", javaType = "String")
    public static final String EXPORT_JOB_ID = "CamelSparkImpexExportJobId";

    @Metadata(label = "consumer", description = "Who started the job, as the tenant-wide listing reports it (null for a job"
                                                + " only this application knew about).", javaType = "String")
    public static final String JOB_CREATED_BY = "CamelSparkImpexJobCreatedBy";

    @Metadata(label = "consumer", description = "Consumer: end for a job that ended, progress for a job that started or"
                                                + " changed state (with emitProgress=true).", javaType = "String")
    public static final String JOB_EVENT = "CamelSparkImpexJobEvent";

    @Metadata(label = "consumer", description = "Consumer: Spark's errors payload (JSON text) of a job that ended in failure.",
              javaType = "String")
    public static final String JOB_ERRORS = "CamelSparkImpexJobErrors";

    private SparkImpexConstants() {
    }
}
