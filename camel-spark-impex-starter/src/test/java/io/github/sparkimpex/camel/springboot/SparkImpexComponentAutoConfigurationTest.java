package io.github.sparkimpex.camel.springboot;

import io.github.sparkimpex.camel.SparkImpexComponent;
import io.github.sparkimpex.camel.SparkImpexConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code camel.component.spark-impex.*} does to the component Camel creates in a Spring Boot application. */
@ExtendWith(OutputCaptureExtension.class)
class SparkImpexComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, SparkImpexComponentAutoConfiguration.class));

    @Test
    void everyKindOfPropertyReachesTheComponent() {
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("sparkTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues(
                        "camel.component.spark-impex.base-url=http://127.0.0.1:9/dev",
                        "camel.component.spark-impex.api-key=dev-key",
                        "camel.component.spark-impex.poll-interval=5s",
                        "camel.component.spark-impex.job-timeout=PT2M",
                        "camel.component.spark-impex.request-timeout=1500",
                        "camel.component.spark-impex.if-present=replace",
                        "camel.component.spark-impex.max-retries=5",
                        "camel.component.spark-impex.max-package-size=1048576",
                        "camel.component.spark-impex.wait-for-completion=false",
                        "camel.component.spark-impex.ssl-context-parameters=#sparkTls",
                        "camel.component.spark-impex.worker-pool-size=3",
                        "camel.component.spark-impex.lazy-start-producer=true",
                        "camel.component.spark-impex.health-check-producer-enabled=false")
                .run(context -> {
                    SparkImpexComponent component = component(context);
                    SparkImpexConfiguration configuration = component.getConfiguration();
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:9/dev");
                    assertThat(configuration.getApiKey()).isEqualTo("dev-key");
                    assertThat(configuration.getPollInterval()).isEqualTo(5_000L);
                    assertThat(configuration.getJobTimeout()).isEqualTo(120_000L);
                    // A bare number is milliseconds, as in a Camel URI.
                    assertThat(configuration.getRequestTimeout()).isEqualTo(1_500L);
                    assertThat(configuration.getIfPresent()).isEqualTo("replace");
                    assertThat(configuration.getMaxRetries()).isEqualTo(5);
                    assertThat(configuration.getMaxPackageSize()).isEqualTo(1_048_576L);
                    assertThat(configuration.getWaitForCompletion()).isFalse();
                    assertThat(configuration.getSslContextParameters()).isSameAs(tls);
                    assertThat(component.getWorkerPoolSize()).isEqualTo(3);
                    assertThat(component.isLazyStartProducer()).isTrue();
                    assertThat(component.isHealthCheckProducerEnabled()).isFalse();
                });
    }

    @Test
    void optionsNotSetKeepTheComponentsOwnDefaults() {
        runner.withPropertyValues("camel.component.spark-impex.api-key=dev-key")
                .run(context -> {
                    SparkImpexConfiguration configuration = component(context).getConfiguration();
                    assertThat(configuration.getApiKey()).isEqualTo("dev-key");
                    assertThat(configuration.getPollInterval()).isEqualTo(1_000L);
                    assertThat(configuration.getJobTimeout()).isEqualTo(1_800_000L);
                    assertThat(configuration.getIfPresent()).isEqualTo("add_version");
                    assertThat(configuration.getSourceSystem()).isEqualTo("camel-spark-impex");
                    assertThat(configuration.getWaitForCompletion()).isNull();
                });
    }

    @Test
    void aComponentBuiltInCodeKeepsWhatThePropertiesDoNotMention() {
        runner.withBean("spark-impex", SparkImpexComponent.class, () -> {
                    SparkImpexComponent component = new SparkImpexComponent();
                    component.getConfiguration().setPollInterval(250L);
                    component.getConfiguration().setCorrelationId("from-code");
                    return component;
                })
                .withPropertyValues("camel.component.spark-impex.correlation-id=from-properties",
                        "camel.component.spark-impex.tenant=dev")
                .run(context -> {
                    SparkImpexConfiguration configuration = component(context).getConfiguration();
                    assertThat(configuration.getPollInterval()).isEqualTo(250L);
                    assertThat(configuration.getCorrelationId()).isEqualTo("from-properties");
                    assertThat(configuration.getTenant()).isEqualTo("dev");
                });
    }

    @Test
    void aConfigurationBeanIsAppliedFirstAndRefinedWithoutBeingChanged() {
        SparkImpexConfiguration shared = new SparkImpexConfiguration();
        shared.setBaseUrl("http://127.0.0.1:9/dev");
        shared.setTenant("dev");
        runner.withBean("sharedSpark", SparkImpexConfiguration.class, () -> shared)
                .withPropertyValues("camel.component.spark-impex.configuration=#sharedSpark",
                        "camel.component.spark-impex.tenant=prod")
                .run(context -> {
                    SparkImpexConfiguration configuration = component(context).getConfiguration();
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:9/dev");
                    assertThat(configuration.getTenant()).isEqualTo("prod");
                    assertThat(shared.getTenant()).isEqualTo("dev");
                });
    }

    @Test
    void aReferenceToAMissingBeanFailsTheStartWithItsName() {
        runner.withPropertyValues("camel.component.spark-impex.ssl-context-parameters=#noSuchTls")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("noSuchTls"));
    }

    @Test
    void disablingTheAutoConfigurationLeavesThePropertiesUnapplied() {
        runner.withPropertyValues("camel.component.spark-impex.enabled=false",
                        "camel.component.spark-impex.base-url=http://127.0.0.1:9/dev")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
                    assertThat(component(context).getConfiguration().getBaseUrl()).isNull();
                });
    }

    @Test
    void disablingTheCustomizerLeavesTheComponentAsBuilt() {
        runner.withPropertyValues("camel.component.spark-impex.customizer.enabled=false",
                        "camel.component.spark-impex.base-url=http://127.0.0.1:9/dev")
                .run(context -> {
                    assertThat(context).hasSingleBean(ComponentCustomizer.class);
                    assertThat(component(context).getConfiguration().getBaseUrl()).isNull();
                });
    }

    @Test
    void theGlobalCustomizerSwitchAppliesToo() {
        runner.withPropertyValues("camel.component.customizer.enabled=false",
                        "camel.component.spark-impex.base-url=http://127.0.0.1:9/dev")
                .run(context -> assertThat(component(context).getConfiguration().getBaseUrl()).isNull());
    }

    @Test
    void secretsAreNotLoggedWhileTheOptionNamesAre(CapturedOutput output) {
        runner.withPropertyValues(
                        "camel.component.spark-impex.api-key=key-that-must-not-be-logged",
                        "camel.component.spark-impex.client-secret=secret-that-must-not-be-logged",
                        "camel.component.spark-impex.target-token=token-that-must-not-be-logged")
                .run(context -> assertThat(component(context).getConfiguration().getApiKey())
                        .isEqualTo("key-that-must-not-be-logged"));

        // logback-test.xml logs the starter at DEBUG, so the names prove the customizer's log line was written.
        assertThat(output.getAll()).contains("apiKey, clientSecret, targetToken")
                .doesNotContain("must-not-be-logged");
    }

    @Test
    void theAutoConfigurationIsRegisteredForSpringBoot() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(SparkImpexComponentAutoConfiguration.class.getName());
    }

    private static SparkImpexComponent component(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(CamelContext.class).getComponent("spark-impex", SparkImpexComponent.class);
    }
}
