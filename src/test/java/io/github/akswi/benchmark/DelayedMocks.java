package io.github.akswi.benchmark;

import io.github.akswi.plan.PlaceholderMocks;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The offline plan's placeholder answers, each delivered only after the simulated latency of its
 * resource type or function call. The delay runs on a scheduler, so no SDK thread ever waits.
 */
final class DelayedMocks extends PlaceholderMocks {
    private final Latencies latencies;
    private final ScheduledExecutorService scheduler;

    DelayedMocks(
            Optional<String> subscription,
            Optional<String> location,
            Latencies latencies,
            ScheduledExecutorService scheduler) {
        super(subscription, location);
        this.latencies = latencies;
        this.scheduler = scheduler;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        return later(super.newResourceAsync(args), latencies.of(args.type));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return later(super.callAsync(args), latencies.call());
    }

    private <T> CompletableFuture<T> later(CompletableFuture<T> answer, long millis) {
        if (millis <= 0) {
            return answer;
        }
        var delayed = new CompletableFuture<T>();
        scheduler.schedule(
                () ->
                        answer.whenComplete(
                                (value, failure) -> {
                                    if (failure != null) {
                                        delayed.completeExceptionally(failure);
                                    } else {
                                        delayed.complete(value);
                                    }
                                }),
                millis,
                TimeUnit.MILLISECONDS);
        return delayed;
    }
}
