package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.standalone.StandaloneArguments;
import io.github.sparkimpex.emulator.standalone.StartupBanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;

/** Runs the emulator from the command line until the process is stopped. */
public final class EmulatorMain {

    private static final String LOGBACK_PROPERTY = "logback.configurationFile";
    private static final String STANDALONE_LOGBACK = "io/github/sparkimpex/emulator/standalone-logback.xml";

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Must happen before the first logger is created. The library jar has no logback.xml of its own, so
        // that it never overrides the logging of the applications that embed it.
        if (System.getProperty(LOGBACK_PROPERTY) == null) {
            System.setProperty(LOGBACK_PROPERTY, STANDALONE_LOGBACK);
        }
        StandaloneArguments arguments;
        try {
            arguments = StandaloneArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(StandaloneArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.println(StandaloneArguments.USAGE);
            return;
        }
        SparkImpexEmulator emulator = arguments.builder().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "spark-impex-emulator-shutdown"));
        Logger log = LoggerFactory.getLogger(EmulatorMain.class);
        StartupBanner.lines(emulator).forEach(log::info);
        stopped.await();
    }
}
