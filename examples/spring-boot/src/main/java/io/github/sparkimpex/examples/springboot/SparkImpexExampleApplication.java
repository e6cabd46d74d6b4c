package io.github.sparkimpex.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Promotes a folder of Spark services from one tenant to another and logs the end of every job on the source tenant.
 * The spark-impex component is configured only in application.yaml, from the environment variables
 * {@code SPARK_BASE_URL}, {@code SPARK_API_KEY}, {@code SPARK_TARGET_BASE_URL} and {@code SPARK_TARGET_API_KEY}.
 * Without {@code SPARK_BASE_URL}, an embedded emulator stands in for Spark.
 */
@SpringBootApplication
public class SparkImpexExampleApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SparkImpexExampleApplication.class);
        if (System.getenv("SPARK_BASE_URL") == null) {
            EmbeddedSpark.standIn(application);
        }
        application.run(args);
    }
}
