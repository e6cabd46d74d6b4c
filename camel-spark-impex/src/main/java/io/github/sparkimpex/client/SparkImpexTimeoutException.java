package io.github.sparkimpex.client;

/** A job still running when {@code jobTimeout} ran out. A job that failed is never reported this way. */
public class SparkImpexTimeoutException extends SparkImpexException {

    public SparkImpexTimeoutException(String message, Details details) {
        super(message, details);
    }
}
