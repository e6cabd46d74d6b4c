package io.github.sparkimpex.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The component's version, stamped by the build, for the user agent Spark sees. */
final class ClientVersion {

    static final String VERSION = load();
    static final String USER_AGENT = "camel-spark-impex/" + VERSION + " (Java/" + System.getProperty("java.version") + ")";
    static final String SPARK_UA = "agent=camel-spark-impex/" + VERSION + "; env=Java/" + System.getProperty("java.version");

    private ClientVersion() {
    }

    private static String load() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("/io/github/sparkimpex/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
