package io.github.sparkimpex.emulator.admin;

import io.github.sparkimpex.emulator.auth.TokenIssuer;
import io.github.sparkimpex.emulator.faults.FaultState;
import io.github.sparkimpex.emulator.faults.FaultSwitches;

import java.time.Duration;

/**
 * The fault switches of one scope: the whole emulator, or one tenant. Request faults apply to the ImpEx API
 * routes ({@code /{tenant}/api/v4/...}); download faults to the file host; job faults to the next job created.
 * A tenant's switches are used before the global ones.
 */
public final class FaultControls {

    private final FaultSwitches switches;
    private final TokenIssuer tokens;
    private final String tenant;

    FaultControls(FaultSwitches switches, TokenIssuer tokens, String tenant) {
        this.switches = switches;
        this.tokens = tokens;
        this.tenant = tenant;
    }

    /** The next {@code requests} API requests are answered 429 with {@code Retry-After: retryAfterSeconds}. */
    public FaultControls rateLimit(int requests, int retryAfterSeconds) {
        switches.rateLimit(requests, retryAfterSeconds);
        return this;
    }

    /** The next {@code requests} API requests are answered 503. */
    public FaultControls serverErrors(int requests) {
        return serverErrors(requests, 503);
    }

    /** The next {@code requests} API requests are answered with {@code status} (5xx, e.g. 502 or 503). */
    public FaultControls serverErrors(int requests, int status) {
        switches.serverErrors(requests, status);
        return this;
    }

    /** Every API request waits {@code delay} before it is handled, until cleared ({@link Duration#ZERO}). */
    public FaultControls slowResponses(Duration delay) {
        switches.slowResponses(delay);
        return this;
    }

    /** The next {@code downloads} downloads on the file host are answered with {@code status} (5xx). */
    public FaultControls downloadErrors(int downloads, int status) {
        switches.downloadErrors(downloads, status);
        return this;
    }

    /** The next download declares its full Content-Length, then the connection closes after half the bytes. */
    public FaultControls cutNextDownload() {
        switches.cutNextDownload();
        return this;
    }

    /** The next job ends {@code failed} with an {@code INJECTED_FAILURE} error. */
    public FaultControls failNextJob() {
        switches.failNextJob();
        return this;
    }

    /** The next job stays {@code in_progress} (holding the tenant's job slot) until it is cancelled. */
    public FaultControls stickNextJob() {
        switches.stickNextJob();
        return this;
    }

    /** Every access token issued so far (for this tenant, or for all) expires now; new ones can be fetched. */
    public FaultControls expireTokens() {
        tokens.expire(tenant);
        return this;
    }

    /** Turns off every switch of this scope. */
    public FaultControls clear() {
        switches.clear();
        return this;
    }

    public FaultState state() {
        return switches.state();
    }
}
