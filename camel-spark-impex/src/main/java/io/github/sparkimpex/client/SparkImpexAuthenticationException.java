package io.github.sparkimpex.client;

/** Credentials were rejected by Spark or by its token endpoint; retrying with the same ones cannot help. */
public class SparkImpexAuthenticationException extends SparkImpexException {

    public SparkImpexAuthenticationException(String message, Details details) {
        super(message, details);
    }
}
