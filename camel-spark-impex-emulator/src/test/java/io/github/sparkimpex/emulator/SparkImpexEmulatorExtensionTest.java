package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.support.ImpexClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JUnit 5 extension on a static field, on an instance field, and as a parameter source. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkImpexEmulatorExtensionTest {

    @RegisterExtension
    static final SparkImpexEmulatorExtension SHARED = SparkImpexEmulatorExtension.withSampleSeed();

    private static String firstBaseUrl;

    @Test
    @Order(1)
    void staticExtensionStartsBeforeTheTests(SparkImpexEmulator injected) {
        firstBaseUrl = SHARED.apiBaseUrl();
        SHARED.admin().createFolder("dev", "kept-between-tests");

        assertThat(injected).isSameAs(SHARED.emulator());
        assertThat(ImpexClient.withApiKey(injected, "dev").tenantStatus("export").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void staticExtensionKeepsOneEmulatorAndItsStateForTheClass() {
        assertThat(SHARED.apiBaseUrl()).isEqualTo(firstBaseUrl);
        assertThat(SHARED.admin().folders("dev")).contains("kept-between-tests");
    }

    @Nested
    class NestedTests {

        @Test
        void nestedClassesShareTheOuterEmulator() {
            // Nested classes run after the outer class's own tests, so firstBaseUrl is set.
            assertThat(SHARED.apiBaseUrl()).isEqualTo(firstBaseUrl);
        }
    }

    @Nested
    class PerTestEmulator {

        @RegisterExtension
        final SparkImpexEmulatorExtension own = new SparkImpexEmulatorExtension(
                SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).pollsUntilDone(0));

        @Test
        void instanceExtensionStartsAFreshEmulatorForTheTest() {
            assertThat(own.apiBaseUrl()).isNotEqualTo(SHARED.apiBaseUrl());
            assertThat(own.admin().folders("dev")).doesNotContain("kept-between-tests");
            assertThat(own.emulator().settings().pollsUntilDone()).isZero();
        }
    }

    /** Runs after the nested classes ended and before the extension stops the emulator. */
    @AfterAll
    static void nestedClassesDoNotStopTheSharedEmulator() {
        assertThat(ImpexClient.withApiKey(SHARED.emulator(), "dev").tenantStatus("export").status()).isEqualTo(200);
    }

    @Test
    void emulatorIsNotAvailableOutsideTests() {
        SparkImpexEmulatorExtension unused = new SparkImpexEmulatorExtension();

        assertThatThrownBy(unused::emulator).isInstanceOf(IllegalStateException.class);
    }
}
