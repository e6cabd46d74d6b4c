package io.github.sparkimpex.client;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.sparkimpex.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credentials stay on Spark's hosts: file URLs are fetched anonymously unless a Spark host refuses them. */
class DownloadCredentialsTest extends ClientTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path downloads;

    private final byte[] zip = TestPackages.zipBytes("m.json", "{}");

    @Override
    protected WireMockExtension wm() {
        return wm;
    }

    /** The tenant lives on "localhost"; "127.0.0.1" is the same server under another host name. */
    private String otherHost(String path) {
        return "http://127.0.0.1:" + wm.getPort() + path;
    }

    @Test
    void aSparkHostThatRefusesAnAnonymousDownloadGetsTheCredentialsOnce() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/files/a.zip")).withHeader("x-synthetic-key", absent())
                .willReturn(aResponse().withStatus(403)));
        wm.stubFor(get(urlPathEqualTo("/files/a.zip")).withHeader("x-synthetic-key", equalTo("key"))
                .willReturn(aResponse().withBody(zip)));

        DownloadedPackage pkg = client("acme").download(wm.baseUrl() + "/files/a.zip", "h", downloads, "p-").join();

        assertThat(Files.readAllBytes(pkg.file())).isEqualTo(zip);
        wm.verify(getRequestedFor(urlPathEqualTo("/files/a.zip")).withHeader("x-tenant-name", equalTo("acme")));
    }

    @Test
    void anotherHostNeverGetsTheCredentials() {
        wm.stubFor(get(urlPathEqualTo("/files/b.zip")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> client("acme").download(otherHost("/files/b.zip"), "h", downloads, "p-").join()).cause()
                .isInstanceOfSatisfying(SparkImpexException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(401));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/files/b.zip")));
        wm.verify(0, getRequestedFor(urlPathEqualTo("/files/b.zip")).withHeader("x-synthetic-key", equalTo("key")));
    }

    @Test
    void redirectsAreFollowedAndCredentialsDroppedWhenTheHostChanges() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/files/c.zip")).withHeader("x-synthetic-key", absent())
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get(urlPathEqualTo("/files/c.zip")).withHeader("x-synthetic-key", equalTo("key"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", otherHost("/bucket/c.zip?sig=abc"))));
        wm.stubFor(get(urlPathEqualTo("/bucket/c.zip")).willReturn(aResponse().withBody(zip)));

        DownloadedPackage pkg = client("acme").download(wm.baseUrl() + "/files/c.zip", "h", downloads, "p-").join();

        assertThat(Files.readAllBytes(pkg.file())).isEqualTo(zip);
        wm.verify(getRequestedFor(urlPathEqualTo("/bucket/c.zip")).withHeader("x-synthetic-key", absent())
                .withHeader("Authorization", absent()).withHeader("x-tenant-name", absent()));
    }

    @Test
    void sparkEnvironmentHostsAreRecognised() {
        TenantAddress spark = TenantAddress.fromBaseUrl("https://excel.uat.us.coherent.global/acme", "baseUrl");
        assertThat(spark.mayReceiveCredentials(URI.create("https://entitystore.uat.us.coherent.global/docstore/x"))).isTrue();
        assertThat(spark.mayReceiveCredentials(URI.create("https://excel.uat.us.coherent.global/x"))).isTrue();
        assertThat(spark.mayReceiveCredentials(URI.create("https://entitystore.us.coherent.global/x"))).isFalse();
        assertThat(spark.mayReceiveCredentials(URI.create("https://uat.us.coherent.global.evil.com/x"))).isFalse();
        assertThat(spark.mayReceiveCredentials(URI.create("https://bucket.s3.amazonaws.com/x"))).isFalse();
    }

    @Test
    void aDownloadCutHalfWayIsRetriedFromTheStart() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/files/d.zip")).inScenario("cut").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)).willSetStateTo("whole"));
        wm.stubFor(get(urlPathEqualTo("/files/d.zip")).inScenario("cut").whenScenarioStateIs("whole")
                .willReturn(aResponse().withBody(zip)));

        DownloadedPackage pkg = client("acme").download(wm.baseUrl() + "/files/d.zip", "h", downloads, "p-").join();

        assertThat(Files.readAllBytes(pkg.file())).isEqualTo(zip);
        assertThat(pkg.size()).isEqualTo(zip.length);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/files/d.zip")));
    }
}
