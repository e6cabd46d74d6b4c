package io.github.sparkimpex.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one measurement in a JVM of its own, on this JVM's class path, so that each side starts from the same empty
 * heap and thread list and neither inherits the other's pools or garbage.
 */
final class Fork {

    private Fork() {
    }

    static Result run(List<String> jvmFlags, String... workerArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchmarkWorker.class.getName());
        command.addAll(List.of(workerArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        Result result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (Result.isResultLine(line)) {
                    result = Result.parse(line);
                } else {
                    output.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            output.forEach(line -> System.err.println("    | " + line));
            throw new IllegalStateException("Measurement " + String.join(" ", workerArgs) + " failed (exit " + exit + ")");
        }
        return result;
    }
}
