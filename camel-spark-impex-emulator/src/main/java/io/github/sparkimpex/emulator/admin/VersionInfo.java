package io.github.sparkimpex.emulator.admin;

/** A version of a service as the admin API shows it. */
public record VersionInfo(String version, String versionId) {
}
