package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.core.EmulatorUrls;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;

import java.net.InetSocketAddress;

/**
 * The two HTTP servers: the Spark API (ImpEx, token endpoint, admin) and the file host that stands in for the
 * object storage behind Spark's signed download URLs. They are separate ports so that a client sending its API
 * credentials to the download host is caught.
 */
public final class EmulatorServers implements AutoCloseable {

    private final Undertow api;
    private final Undertow files;
    private final EmulatorUrls urls;

    private EmulatorServers(Undertow api, Undertow files, EmulatorUrls urls) {
        this.api = api;
        this.files = files;
        this.urls = urls;
    }

    public static EmulatorServers start(EmulatorCore core) {
        String host = core.settings().host();
        Undertow api = server(host, core.settings().port(), new ApiRoutes(core).handler());
        api.start();
        Undertow files;
        try {
            HttpHandler download = new DownloadHandler(core.downloads(), core.faults(), core.settings().clock());
            files = server(host, core.settings().filePort(),
                    new BlockingHandler(new ApiErrorHandler(download, core.settings().clock())));
            files.start();
        } catch (RuntimeException e) {
            api.stop();
            throw e;
        }
        EmulatorUrls urls = new EmulatorUrls(baseUrl(host, api), baseUrl(host, files));
        core.bind(urls);
        return new EmulatorServers(api, files, urls);
    }

    public EmulatorUrls urls() {
        return urls;
    }

    @Override
    public void close() {
        files.stop();
        api.stop();
    }

    private static Undertow server(String host, int port, HttpHandler handler) {
        // Two I/O threads match the small machines the emulator runs on; workers only run short blocking work.
        // Undertow 2.3 refuses bodies (and multipart bodies) over 2 MB with a bare 400; packages are bigger, and
        // the import handler enforces the package limit itself with a Spark-style 413. -1 lifts the limits.
        return Undertow.builder()
                .addHttpListener(port, host)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .setServerOption(UndertowOptions.MULTIPART_MAX_ENTITY_SIZE, -1L)
                .setIoThreads(2)
                .setWorkerThreads(16)
                .setHandler(handler)
                .build();
    }

    private static String baseUrl(String host, Undertow server) {
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        String printableHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + printableHost + ":" + address.getPort();
    }
}
