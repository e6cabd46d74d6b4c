package io.github.sparkimpex.emulator.pkg;

/** The uploaded file is not a package the import can read. */
public final class InvalidPackageException extends Exception {

    public InvalidPackageException(String message) {
        super(message);
    }

    public InvalidPackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
