package io.github.sparkimpex.benchmark;

/**
 * Entry point of a forked measurement: {@code <scenario> <side> <server root URL> [parameters]}. Prints one
 * {@link Result} line; any failure exits non-zero so the orchestrator stops rather than print a wrong figure.
 */
public final class BenchmarkWorker {

    private BenchmarkWorker() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        boolean component = "component".equals(args[1]);
        String root = args[2];
        switch (scenario) {
            case "threads" -> {
                if (component) {
                    ThreadScenario.component(root, Integer.parseInt(args[3]), Long.parseLong(args[4]), args[5]);
                } else {
                    ThreadScenario.sdk(root, Integer.parseInt(args[3]), Long.parseLong(args[4]));
                }
            }
            case "heap" -> {
                if (component) {
                    HeapScenario.component(root, args[3]);
                } else {
                    HeapScenario.sdk(root);
                }
            }
            case "failure" -> {
                if (component) {
                    FailureScenario.component(root, Long.parseLong(args[3]));
                } else {
                    FailureScenario.sdk(root, Integer.parseInt(args[3]), Long.parseLong(args[4]));
                }
            }
            default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
        }
        // Camel and HTTP client threads are daemons or stopped, but do not wait for stragglers.
        System.exit(0);
    }
}
