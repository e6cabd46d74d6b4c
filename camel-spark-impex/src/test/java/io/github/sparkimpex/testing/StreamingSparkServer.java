package io.github.sparkimpex.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Spark ImpEx API on the JDK's HTTP server that never holds a package in memory: downloads are streamed from a
 * file with a Content-Length, uploads are read part by part ({@link MultipartReader}) and only counted and
 * checksummed. WireMock buffers whole bodies, which would spoil any measurement of the client's heap.
 *
 * <p>Jobs follow the {@link JobPlan} in force for their tenant when they start: by default they complete at the first
 * status poll.
 */
public final class StreamingSparkServer implements AutoCloseable {

    private static final Pattern START = Pattern.compile("/([^/]+)/api/v4/(export|import)");
    private static final Pattern STATUS = Pattern.compile("/([^/]+)/api/v4/(export|import)/([^/]+)/status");
    private static final String PACKAGE_PATH = "/files/t0k3n/package.zip";

    /** How a job behaves: {@code in_progress} for {@code runFor}, then {@code finalStatus}. */
    public record JobPlan(Duration runFor, String finalStatus) {
        public static JobPlan completesAtOnce() {
            return new JobPlan(Duration.ZERO, "completed");
        }

        public static JobPlan completesAfter(Duration runFor) {
            return new JobPlan(runFor, "completed");
        }

        public static JobPlan failsAfter(Duration runFor) {
            return new JobPlan(runFor, "failed");
        }
    }

    /** One part of an import upload as the server received it. */
    public record ReceivedPart(String name, String filename, String contentType, long size, long crc32, String text) {
    }

    /** One import request: its declared length and its parts. */
    public record ReceivedImport(String tenant, long contentLength, List<ReceivedPart> parts) {
        public ReceivedPart part(String name) {
            return parts.stream().filter(p -> name.equals(p.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("No part '" + name + "' in the import upload: " + parts));
        }
    }

    private record Job(String type, long startedNanos, JobPlan plan) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger jobIds = new AtomicInteger();
    private final AtomicInteger importRequests = new AtomicInteger();
    private final AtomicInteger statusPolls = new AtomicInteger();
    private final AtomicLong bytesServed = new AtomicLong();
    private final List<ReceivedImport> imports = new CopyOnWriteArrayList<>();
    private final Map<String, JobPlan> tenantPlans = new ConcurrentHashMap<>();
    private volatile JobPlan plan = JobPlan.completesAtOnce();
    private volatile Path packageFile;

    private StreamingSparkServer(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "streaming-spark-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts the server on a free loopback port with {@code threads} request threads. */
    public static StreamingSparkServer start(int threads) throws IOException {
        return new StreamingSparkServer(threads);
    }

    public String baseUrl(String tenant) {
        return rootUrl() + "/" + tenant;
    }

    public String rootUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The file every completed export offers for download. */
    public void servePackage(Path zip) {
        this.packageFile = zip;
    }

    /** The plan of jobs started from now on, on tenants without a plan of their own. */
    public void plan(JobPlan plan) {
        this.plan = plan;
    }

    /** The plan of jobs started from now on on {@code tenant}. */
    public void plan(String tenant, JobPlan plan) {
        tenantPlans.put(tenant, plan);
    }

    /** Import requests that reached the server, counted as soon as they arrive (before their body is read). */
    public int importRequests() {
        return importRequests.get();
    }

    public List<ReceivedImport> imports() {
        return List.copyOf(imports);
    }

    public int statusPolls() {
        return statusPolls.get();
    }

    public long bytesServed() {
        return bytesServed.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher start = START.matcher(path);
            Matcher status = STATUS.matcher(path);
            if ("POST".equals(method) && start.matches()) {
                if ("import".equals(start.group(2))) {
                    importRequests.incrementAndGet();
                    try {
                        imports.add(receiveImport(exchange, start.group(1)));
                    } catch (IOException malformed) {
                        json(exchange, 400, "{\"message\":\"" + malformed.getMessage().replace('"', '\'') + "\"}");
                        return;
                    }
                } else {
                    exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                }
                String id = start.group(2) + "-" + jobIds.incrementAndGet();
                jobs.put(id, new Job(start.group(2), System.nanoTime(), tenantPlans.getOrDefault(start.group(1), plan)));
                json(exchange, 200, SparkStubs.status(start.group(2), id, "in_progress"));
            } else if ("GET".equals(method) && status.matches()) {
                statusPolls.incrementAndGet();
                Job job = jobs.get(status.group(3));
                if (job == null) {
                    json(exchange, 404, "{\"message\":\"no such job\"}");
                } else {
                    json(exchange, 200, statusBody(status.group(3), job));
                }
            } else if ("GET".equals(method) && PACKAGE_PATH.equals(path) && packageFile != null) {
                servePackage(exchange);
            } else {
                json(exchange, 404, "{\"message\":\"not found\"}");
            }
        }
    }

    private String statusBody(String id, Job job) {
        boolean running = System.nanoTime() - job.startedNanos() < job.plan().runFor().toNanos();
        if (running) {
            return SparkStubs.status(job.type(), id, "in_progress");
        }
        if (!"completed".equals(job.plan().finalStatus())) {
            return "{\"object\":\"" + job.type() + "\",\"id\":\"" + id + "\",\"status\":\"" + job.plan().finalStatus()
                   + "\",\"errors\":[{\"error_code\":\"EXPORT_FAILED\",\"message\":\"service has no compiled Neuron module\"}],"
                   + "\"warnings\":[]}";
        }
        if ("export".equals(job.type())) {
            return SparkStubs.exportDone(id, rootUrl() + PACKAGE_PATH, "sha-of-" + id);
        }
        return "{\"object\":\"import\",\"id\":\"" + id + "\",\"status\":\"completed\",\"outputs\":{\"services\":"
               + "[{\"service_uri_source\":\"f/s\",\"service_uri_destination\":\"f/s\",\"status\":\"added\"}],"
               + "\"service_versions\":[]},\"errors\":null,\"warnings\":[]}";
    }

    private void servePackage(HttpExchange exchange) throws IOException {
        long size = Files.size(packageFile);
        exchange.getResponseHeaders().set("Content-Type", "application/zip");
        exchange.sendResponseHeaders(200, size);
        try (InputStream in = Files.newInputStream(packageFile); OutputStream out = exchange.getResponseBody()) {
            bytesServed.addAndGet(in.transferTo(out));
        }
    }

    private static ReceivedImport receiveImport(HttpExchange exchange, String tenant) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        MultipartReader multipart = new MultipartReader(exchange.getRequestBody(),
                exchange.getRequestHeaders().getFirst("Content-Type"));
        List<ReceivedPart> parts = new ArrayList<>();
        for (MultipartReader.Part part = multipart.next(); part != null; part = multipart.next()) {
            if (part.filename() == null) {
                String text = multipart.readText();
                parts.add(new ReceivedPart(part.name(), null, part.contentType(),
                        text.getBytes(StandardCharsets.UTF_8).length, 0, text));
            } else {
                CRC32 crc = new CRC32();
                long size = multipart.readBody(new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
                parts.add(new ReceivedPart(part.name(), part.filename(), part.contentType(), size, crc.getValue(), null));
            }
        }
        return new ReceivedImport(tenant, length == null ? -1 : Long.parseLong(length), parts);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
