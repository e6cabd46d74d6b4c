package io.github.sparkimpex.examples.jobevents;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker inside this JVM, reached through the in-VM transport ({@code vm://N}): no port, no
 * persistence. Queues are created on first use, as Artemis does by default.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** In-VM server ids must differ between brokers alive at the same time in one JVM. */
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final EmbeddedActiveMQ broker;
    private final String url;

    private EmbeddedBroker(EmbeddedActiveMQ broker, String url) {
        this.broker = broker;
        this.url = url;
    }

    /** @param directory where Artemis may write its (unused) journal, paging and lock files */
    public static EmbeddedBroker start(Path directory) throws Exception {
        String url = "vm://" + NEXT_ID.getAndIncrement();
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(directory.resolve("journal").toString())
                .setBindingsDirectory(directory.resolve("bindings").toString())
                .setPagingDirectory(directory.resolve("paging").toString())
                .setLargeMessagesDirectory(directory.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(directory.resolve("lock").toString())
                .addAcceptorConfiguration("in-vm", url)
                // A message whose consumer keeps failing (a mail that cannot be sent) is retried a few times, a
                // second apart, then parked in DLQ rather than lost: what a production broker would be set up to do.
                .addAddressSetting("#", new AddressSettings()
                        .setRedeliveryDelay(1000)
                        .setMaxDeliveryAttempts(10)
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setAutoCreateDeadLetterResources(true)
                        .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                        .setAutoCreateExpiryResources(true));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
        broker.start();
        return new EmbeddedBroker(broker, url);
    }

    /** The broker URL for an Artemis connection factory, e.g. {@code vm://0}. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
