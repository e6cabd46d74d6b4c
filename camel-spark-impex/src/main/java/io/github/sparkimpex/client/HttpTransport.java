package io.github.sparkimpex.client;

import java.io.Closeable;
import java.io.IOException;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.util.Timeout;

/**
 * The Apache HttpClient 5 instance of one client. Redirects and the library's own retries are off: downloads follow
 * redirects themselves (to drop credentials across hosts) and retries are scheduled without holding a thread.
 */
final class HttpTransport implements Closeable {

    private final CloseableHttpClient httpClient;

    HttpTransport(ClientSettings settings) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.requestTimeout()))
                .build();
        var connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(32);
        if (settings.sslContext() != null) {
            connectionManager.setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.sslContext()));
        }
        this.httpClient = HttpClients.custom()
                .setConnectionManager(connectionManager.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.requestTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(ClientVersion.USER_AGENT)
                .build();
    }

    <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<T> handler) throws IOException {
        return httpClient.execute(request, handler);
    }

    @Override
    public void close() throws IOException {
        httpClient.close();
    }
}
