package io.github.sparkimpex.emulator.standalone;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.TenantInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * What the standalone emulator prints on start: where it listens and the credentials of every seeded tenant.
 * These are the emulator's own fake credentials; printing them is the point. Nothing else logs a secret.
 */
public final class StartupBanner {

    private StartupBanner() {
    }

    public static List<String> lines(SparkImpexEmulator emulator) {
        List<String> lines = new ArrayList<>();
        lines.add("Spark ImpEx emulator is running");
        lines.add("  API host    " + emulator.apiBaseUrl() + "   (admin API: " + emulator.apiBaseUrl() + "/_admin)");
        lines.add("  File host   " + emulator.fileBaseUrl());
        for (String tenant : emulator.admin().tenants()) {
            TenantInfo info = emulator.admin().tenant(tenant);
            lines.add("  Tenant '" + tenant + "'  folders " + info.folders());
            lines.add("    base URL    " + emulator.baseUrl(tenant));
            lines.add("    token URL   " + emulator.tokenUrl(tenant));
            info.apiKeys().forEach(key ->
                    lines.add("    API key     " + key + "   (x-synthetic-key, with x-tenant-name: " + tenant + ")"));
            info.clients().forEach(client ->
                    lines.add("    client      " + client.clientId() + " / " + client.clientSecret()));
            info.users().forEach(user ->
                    lines.add("    user token  " + user.token() + "   (" + user.email() + ")"));
        }
        return lines;
    }
}
