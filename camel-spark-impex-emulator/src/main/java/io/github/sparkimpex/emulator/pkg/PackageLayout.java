package io.github.sparkimpex.emulator.pkg;

/**
 * Where a version's payload goes in the ZIP. A {@code migrate} package carries the service workbook
 * ({@code .xlsx}), an {@code onpremises} package the compiled module for the Hybrid Runner ({@code .wasm}); the
 * emulator does not compile anything, so both hold the version's payload bytes.
 */
public final class PackageLayout {

    private PackageLayout() {
    }

    public static String payloadEntry(String fileFilter, String folder, String service, String version) {
        String extension = "onpremises".equals(fileFilter) ? ".wasm" : ".xlsx";
        return "services/" + folder + "/" + service + "/" + version + "/" + service + extension;
    }
}
