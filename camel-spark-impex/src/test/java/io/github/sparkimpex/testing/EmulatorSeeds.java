package io.github.sparkimpex.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Seeds for the emulator: tenants with an API key and a folder holding one service, ready to export. */
public final class EmulatorSeeds {

    private EmulatorSeeds() {
    }

    /** Tenants {@code prefix0..prefix(n-1)}, each with API key {@code key-<tenant>} and {@code pricing/quote[1.0.0, 1.1.0]}. */
    public static Path tenants(Path directory, String prefix, int count) throws IOException {
        StringBuilder yaml = new StringBuilder("defaultPayloadSize: 256\ntenants:\n");
        for (int i = 0; i < count; i++) {
            String tenant = prefix + i;
            yaml.append("  ").append(tenant).append(":\n")
                    .append("    apiKeys: [key-").append(tenant).append("]\n")
                    .append("    folders:\n")
                    .append("      pricing:\n")
                    .append("        services:\n")
                    .append("          quote: {versions: [\"1.0.0\", \"1.1.0\"]}\n")
                    .append("      landing: {}\n");
        }
        Path seed = directory.resolve(prefix + "-seed.yaml");
        Files.writeString(seed, yaml);
        return seed;
    }
}
