package io.github.sparkimpex.emulator.importing;

/** One item of {@code inputs.services_modify}. */
public record ServiceMapping(ServiceUri source, ServiceUri destination, UpdateVersionType updateVersionType) {
}
