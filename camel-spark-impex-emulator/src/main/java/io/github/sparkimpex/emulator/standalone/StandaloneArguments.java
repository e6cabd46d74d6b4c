package io.github.sparkimpex.emulator.standalone;

import io.github.sparkimpex.emulator.SparkImpexEmulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command-line options of the standalone emulator, turned into a configured builder. */
public final class StandaloneArguments {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-spark-impex-emulator-<version>-standalone.jar [options]",
            "  --port N                 API port (default 8080; 0 = any free port)",
            "  --file-port N            file-host port (default 8081; 0 = any free port)",
            "  --host HOST              interface to bind (default 127.0.0.1)",
            "  --seed FILE              seed .yaml/.yml/.json (default: the bundled " + SparkImpexEmulator.SAMPLE_SEED + ");",
            "                           classpath:NAME reads a class-path resource",
            "  --polls-until-done N     status polls answered in_progress before a job finishes (default 1)",
            "  --job-duration D         jobs finish after D (e.g. 5s, 500ms, PT1M) instead of after polls",
            "  --token-lifetime D       lifetime of issued access tokens (default 5m)",
            "  --max-package-size S     largest package, e.g. 200MB (default), 512KB, 1048576",
            "  --job-limit-status N     HTTP status for a job over the per-tenant limit (default 409)",
            "  --payload-size N         payload bytes of versions without a size (default 1024)",
            "  --help                   print this help");

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?");

    private final SparkImpexEmulator.Builder builder;
    private final boolean help;

    private StandaloneArguments(SparkImpexEmulator.Builder builder, boolean help) {
        this.builder = builder;
        this.help = help;
    }

    /** @throws IllegalArgumentException on an unknown option or a bad value, with a message for the user */
    public static StandaloneArguments parse(String... args) {
        SparkImpexEmulator.Builder builder = SparkImpexEmulator.builder().port(8080).filePort(8081);
        boolean seeded = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new StandaloneArguments(builder, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(integer(option, value));
                case "--file-port" -> builder.filePort(integer(option, value));
                case "--host" -> builder.host(value);
                case "--seed" -> {
                    seed(builder, value);
                    seeded = true;
                }
                case "--polls-until-done" -> builder.pollsUntilDone(integer(option, value));
                case "--job-duration" -> builder.jobDuration(duration(option, value));
                case "--token-lifetime" -> builder.tokenLifetime(duration(option, value));
                case "--max-package-size" -> builder.maxPackageSize(size(option, value));
                case "--job-limit-status" -> builder.jobLimitStatus(integer(option, value));
                case "--payload-size" -> builder.defaultPayloadSize(integer(option, value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (!seeded) {
            builder.seedResource(SparkImpexEmulator.SAMPLE_SEED);
        }
        return new StandaloneArguments(builder, false);
    }

    public SparkImpexEmulator.Builder builder() {
        return builder;
    }

    public boolean help() {
        return help;
    }

    private static void seed(SparkImpexEmulator.Builder builder, String value) {
        if (value.startsWith("classpath:")) {
            builder.seedResource(value.substring("classpath:".length()));
            return;
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Seed file not found: " + file.toAbsolutePath());
        }
        builder.seed(file);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    static Duration duration(String option, String value) {
        String text = value.trim();
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(text);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(option + " needs a duration such as 5s or PT5S, not '" + value + "'");
            }
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(option + " needs a duration such as 5s or PT5S, not '" + value + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    static long size(String option, String value) {
        Matcher matcher = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(option + " needs a size such as 200MB, not '" + value + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2);
        return switch (unit) {
            case "KB" -> amount * 1024;
            case "MB" -> amount * 1024 * 1024;
            case "GB" -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
    }
}
