package io.github.akswi.benchmark;

import io.github.akswi.AsyncThreads;
import io.github.akswi.StackProgram;
import io.github.akswi.plan.OfflineEngine;
import io.github.akswi.plan.PlaceholderMocks;
import io.github.akswi.plan.Plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Deploys stacks on the Pulumi SDK's test engine with simulated cloud latencies, and builds offline
 * plans of growing stacks; prints one {@code name key=value ...} line per result. Run with {@code
 * mvn -B -Pbenchmark test}; the project directory is the first argument (default: .).
 */
public final class Benchmark {
    private static final int MAKESPAN_RUNS = 3;
    private static final int PLAN_RUNS = 5;
    private static final int PLAN_WARMUPS = 5;

    private Benchmark() {}

    /** Runs every measurement, one after another: the SDK allows one deployment at a time. */
    public static void main(String[] args) throws Exception {
        // Main's first step, so the SDK runs on the executor it gets in a deployment
        AsyncThreads.useWorkerPool();
        var projectDir = Path.of(args.length > 0 ? args[0] : ".");
        var scheduler = Executors.newScheduledThreadPool(2, daemon());
        try {
            engine();
            var latencies = Latencies.standard();
            System.out.println("latencies " + latencies.describe());
            var scenarios =
                    List.of(
                            Scenario.devStack(projectDir),
                            Scenario.generated("20x1sa-2roles", 20, 1, 1, 2),
                            Scenario.generated("1x20sa", 1, 20, 1, 2),
                            Scenario.generated("200x2sa-2vaults-2roles", 200, 2, 2, 2));
            for (var scenario : scenarios) {
                makespan(scenario, latencies, scheduler);
            }
            for (int identities : new int[] {10, 100, 1000}) {
                plan(identities);
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** The SDK runs its continuations on CompletableFuture's default executor. */
    private static void engine() {
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        // CompletableFuture falls back to a new thread per task when the common pool has one thread
        var executor = parallelism > 1 ? "commonPool" : "thread-per-task";
        System.out.println(
                "engine cores="
                        + Runtime.getRuntime().availableProcessors()
                        + " commonPoolParallelism="
                        + parallelism
                        + " asyncExecutor="
                        + executor
                        + " maxHeapMiB="
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void makespan(
            Scenario scenario, Latencies latencies, ScheduledExecutorService scheduler) {
        var settings = scenario.settings();
        var path = CriticalPath.of(settings, latencies);

        var engineOnly = new double[MAKESPAN_RUNS];
        for (int i = 0; i < MAKESPAN_RUNS; i++) {
            engineOnly[i] = deploy(scenario, Latencies.none(), scheduler).millis();
        }
        var wall = new double[MAKESPAN_RUNS];
        var cpu = new double[MAKESPAN_RUNS];
        int resources = 0;
        for (int i = 0; i < MAKESPAN_RUNS; i++) {
            var run = deploy(scenario, latencies, scheduler);
            wall[i] = run.millis();
            cpu[i] = run.cpuMillis();
            resources = run.resources();
        }
        double makespan = Measurements.median(wall);
        System.out.println(
                "makespan scenario="
                        + scenario.name()
                        + " identities="
                        + settings.identities().size()
                        + " resources="
                        + resources
                        + " makespan_ms="
                        + whole(makespan)
                        + " bound_ms="
                        + path.bound()
                        + " sequential_ms="
                        + path.sequential()
                        + " ratio="
                        + fixed(makespan / path.bound())
                        + " speedup="
                        + fixed(path.sequential() / makespan)
                        + " cpu_ms="
                        + whole(Measurements.median(cpu))
                        + " engine_only_ms="
                        + whole(Measurements.median(engineOnly))
                        + " runs="
                        + MAKESPAN_RUNS);
    }

    private record Deployment(double millis, double cpuMillis, int resources) {}

    private static Deployment deploy(
            Scenario scenario, Latencies latencies, ScheduledExecutorService scheduler) {
        var settings = scenario.settings();
        var mocks =
                new DelayedMocks(
                        settings.subscriptionId(), settings.location(), latencies, scheduler);
        long cpuStart = Measurements.processCpuNanos();
        long start = System.nanoTime();
        var result =
                OfflineEngine.run(
                        scenario.project(),
                        scenario.name(),
                        scenario.config(),
                        scenario.secretKeys(),
                        mocks,
                        false,
                        StackProgram::run);
        long elapsed = System.nanoTime() - start;
        long cpu = Measurements.processCpuNanos() - cpuStart;
        if (!result.succeeded()) {
            throw new IllegalStateException(
                    "scenario "
                            + scenario.name()
                            + " failed: "
                            + result.errors()
                            + " "
                            + result.exceptions());
        }
        return new Deployment(elapsed / 1e6, cpu / 1e6, result.plan().resources().size());
    }

    private static void plan(int identities) {
        var scenario = Scenario.generated("plan-" + identities, identities, 1, 1, 2);
        for (int i = 0; i < PLAN_WARMUPS; i++) {
            buildPlan(scenario);
        }
        var millis = new double[PLAN_RUNS];
        var peaks = new double[PLAN_RUNS];
        var retained = new double[PLAN_RUNS];
        int resources = 0;
        for (int i = 0; i < PLAN_RUNS; i++) {
            long baseline = Measurements.resetHeap();
            long start = System.nanoTime();
            var plan = buildPlan(scenario);
            millis[i] = (System.nanoTime() - start) / 1e6;
            peaks[i] = Math.max(0, Measurements.peakHeap() - baseline);
            retained[i] = Math.max(0, Measurements.resetHeap() - baseline);
            resources = plan.resources().size();
        }
        double time = Measurements.median(millis);
        double peak = Measurements.median(peaks) / (1024 * 1024);
        double kept = Measurements.median(retained) / (1024 * 1024);
        System.out.println(
                "plan identities="
                        + identities
                        + " resources="
                        + resources
                        + " time_ms="
                        + fixed(time)
                        + " per_identity_ms="
                        + String.format(Locale.ROOT, "%.3f", time / identities)
                        + " peak_heap_mib="
                        + fixed(peak)
                        + " plan_heap_mib="
                        + fixed(kept)
                        + " plan_per_identity_kib="
                        + fixed(kept * 1024 / identities)
                        + " runs="
                        + PLAN_RUNS
                        + " warmups="
                        + PLAN_WARMUPS);
    }

    private static Plan buildPlan(Scenario scenario) {
        var mocks = PlaceholderMocks.forConfig(scenario.config());
        var result =
                OfflineEngine.run(
                        scenario.project(),
                        scenario.name(),
                        scenario.config(),
                        scenario.secretKeys(),
                        mocks,
                        false,
                        StackProgram::run);
        if (!result.succeeded()) {
            throw new IllegalStateException(
                    "plan " + scenario.name() + " failed: " + result.errors());
        }
        return result.plan();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            var thread = new Thread(runnable, "benchmark-latency");
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
