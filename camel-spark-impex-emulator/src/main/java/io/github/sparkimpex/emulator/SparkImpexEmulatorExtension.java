package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.admin.EmulatorAdmin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link SparkImpexEmulator} around JUnit 5 tests. Registered on a {@code static} field it starts once
 * before all tests of the class (and its nested classes) and stops after them; on an instance field it starts
 * and stops around each test. Test methods and constructors can also take the emulator as a parameter.
 * <pre>{@code
 * @RegisterExtension
 * static SparkImpexEmulatorExtension spark = SparkImpexEmulatorExtension.withSampleSeed().resetBeforeEach();
 *
 * @Test
 * void exports() {
 *     String base = spark.baseUrl("dev");
 * }
 * }</pre>
 */
public final class SparkImpexEmulatorExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final SparkImpexEmulator.Builder builder;
    private boolean resetBeforeEach;
    private SparkImpexEmulator emulator;
    private String ownerId;
    private boolean startedPerTest;

    /** An emulator without tenants; add them through {@link #admin()}. */
    public SparkImpexEmulatorExtension() {
        this(SparkImpexEmulator.builder());
    }

    /** An emulator configured by {@code builder}, started when the tests need it. */
    public SparkImpexEmulatorExtension(SparkImpexEmulator.Builder builder) {
        this.builder = builder;
    }

    /** An emulator seeded with {@link SparkImpexEmulator#SAMPLE_SEED} ({@code dev} and {@code prod}). */
    public static SparkImpexEmulatorExtension withSampleSeed() {
        return new SparkImpexEmulatorExtension(SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED));
    }

    /** With a shared (static) emulator, puts it back to its seed before every test. */
    public SparkImpexEmulatorExtension resetBeforeEach() {
        this.resetBeforeEach = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (emulator == null) {
            emulator = builder.start();
            ownerId = context.getUniqueId();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            emulator = builder.start();
            startedPerTest = true;
        } else if (resetBeforeEach) {
            emulator.admin().reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (startedPerTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Nested test classes run their own beforeAll/afterAll; only the class that started the emulator stops it.
        if (emulator != null && context.getUniqueId().equals(ownerId)) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkImpexEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator();
    }

    /** The running emulator. */
    public SparkImpexEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("The emulator runs only while tests of the registering class run");
        }
        return emulator;
    }

    public String apiBaseUrl() {
        return emulator().apiBaseUrl();
    }

    public String baseUrl(String tenant) {
        return emulator().baseUrl(tenant);
    }

    public String fileBaseUrl() {
        return emulator().fileBaseUrl();
    }

    public String tokenUrl(String tenant) {
        return emulator().tokenUrl(tenant);
    }

    public String apiKey(String tenant) {
        return emulator().apiKey(tenant);
    }

    public String clientId(String tenant) {
        return emulator().clientId(tenant);
    }

    public String clientSecret(String tenant) {
        return emulator().clientSecret(tenant);
    }

    public String issueToken(String tenant) {
        return emulator().issueToken(tenant);
    }

    public EmulatorAdmin admin() {
        return emulator().admin();
    }

    private void stop() {
        try {
            emulator.close();
        } finally {
            emulator = null;
            ownerId = null;
            startedPerTest = false;
        }
    }
}
