package io.github.sparkimpex.emulator.core;

import io.github.sparkimpex.emulator.auth.Authenticator;
import io.github.sparkimpex.emulator.auth.TokenIssuer;
import io.github.sparkimpex.emulator.exporting.ExportSelector;
import io.github.sparkimpex.emulator.exporting.ExportWork;
import io.github.sparkimpex.emulator.faults.FaultBoard;
import io.github.sparkimpex.emulator.files.DownloadStore;
import io.github.sparkimpex.emulator.importing.ImportPlanner;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobProgression;
import io.github.sparkimpex.emulator.jobs.JobRegistry;
import io.github.sparkimpex.emulator.pkg.PackageReader;
import io.github.sparkimpex.emulator.pkg.PackageWriter;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;

/**
 * The emulator's state and services, independent of HTTP: tenants, credentials, jobs, downloads and faults.
 * The HTTP handlers and the Java admin API both work on it.
 */
public final class EmulatorCore implements AutoCloseable {

    private final EmulatorSettings settings;
    private final EmulatorSeed seed;
    private final TenantDirectory tenants = new TenantDirectory();
    private final SeedInstaller seedInstaller;
    private final TokenIssuer tokens;
    private final Authenticator authenticator;
    private final JobRegistry jobs = new JobRegistry();
    private final JobProgression progression;
    private final FaultBoard faults = new FaultBoard();
    private final DownloadStore downloads;
    private final WorkDirectory workDirectory;
    private final JobSubmitter submitter;
    private final ExportWork.Context exportContext;
    private final ImportPlanner importPlanner = new ImportPlanner();
    private final PackageReader packageReader = new PackageReader();
    private volatile EmulatorUrls urls;

    public EmulatorCore(EmulatorSettings settings, EmulatorSeed seed) {
        this.settings = settings;
        this.seed = seed;
        this.seedInstaller = new SeedInstaller(settings.defaultPayloadSize());
        // First, so that an invalid seed fails before any thread or directory exists that would need closing.
        seedInstaller.install(seed, tenants);
        this.tokens = new TokenIssuer(settings.clock(), settings.tokenLifetime(), () -> urls().apiBaseUrl());
        this.authenticator = new Authenticator(tenants, tokens);
        this.progression = new JobProgression(settings.pollsUntilDone(), settings.jobDuration());
        this.downloads = new DownloadStore(() -> urls().fileBaseUrl());
        this.workDirectory = new WorkDirectory(settings.workDirectory());
        this.submitter = new JobSubmitter(settings, jobs, progression, faults);
        this.exportContext = new ExportWork.Context(new ExportSelector(), new PackageWriter(settings.fileHashAlgorithm()),
                downloads, workDirectory.exports(), settings.maxPackageSize(), settings.clock());
    }

    /** Called once the servers are bound and their ports known. */
    public void bind(EmulatorUrls boundUrls) {
        this.urls = boundUrls;
    }

    public EmulatorUrls urls() {
        EmulatorUrls current = urls;
        if (current == null) {
            throw new IllegalStateException("The emulator's servers are not started");
        }
        return current;
    }

    /** Puts the emulator back to its seed: tenants, no jobs, no downloads, no issued tokens, no faults. */
    public synchronized void reset() {
        jobs.clear().forEach(Job::discard);
        downloads.clear();
        tokens.clear();
        faults.clear();
        tenants.clear();
        workDirectory.empty();
        seedInstaller.install(seed, tenants);
    }

    public EmulatorSettings settings() {
        return settings;
    }

    public TenantDirectory tenants() {
        return tenants;
    }

    public SeedInstaller seedInstaller() {
        return seedInstaller;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public JobRegistry jobs() {
        return jobs;
    }

    public JobProgression progression() {
        return progression;
    }

    public JobSubmitter submitter() {
        return submitter;
    }

    public FaultBoard faults() {
        return faults;
    }

    public DownloadStore downloads() {
        return downloads;
    }

    public WorkDirectory workDirectory() {
        return workDirectory;
    }

    public ExportWork.Context exportContext() {
        return exportContext;
    }

    public ImportPlanner importPlanner() {
        return importPlanner;
    }

    public PackageReader packageReader() {
        return packageReader;
    }

    @Override
    public void close() {
        progression.close();
        jobs.clear().forEach(Job::discard);
        downloads.clear();
        workDirectory.close();
    }
}
