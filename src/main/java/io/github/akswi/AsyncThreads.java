package io.github.akswi;

import java.util.concurrent.ForkJoinPool;

/**
 * Gives the Pulumi SDK a real worker pool for its asynchronous steps. The SDK runs them on {@code
 * CompletableFuture}'s default executor, which is the common fork-join pool only when that pool has
 * at least two threads; below three cores the JDK starts a new thread for every step instead, and a
 * deployment of a few thousand resources spends most of its time creating threads.
 *
 * <p>The pool needs more than two threads: the SDK keeps one busy waiting for its tasks, and the
 * program's preflight reads block another while the stack is declared; with only two, nothing is
 * left to complete those reads and the program hangs.
 */
public final class AsyncThreads {

    /** The JDK property that sizes the common pool, read once when the pool is first used. */
    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /** The SDK's waiting loop, the blocked stack callback, and two threads that do the work. */
    static final int MIN_PARALLELISM = 4;

    private AsyncThreads() {}

    /**
     * Asks for a common pool of at least {@value #MIN_PARALLELISM} threads unless the user sized
     * it; must run before anything uses the pool, so it is the first statement of {@code main}.
     *
     * @return the common pool's parallelism after the call
     */
    public static int useWorkerPool() {
        var cores = Runtime.getRuntime().availableProcessors();
        if (System.getProperty(PARALLELISM) == null && cores - 1 < MIN_PARALLELISM) {
            System.setProperty(PARALLELISM, Integer.toString(MIN_PARALLELISM));
        }
        // too late once the pool exists: under `mvn exec:java` Maven made it, and this is a no-op
        return ForkJoinPool.getCommonPoolParallelism();
    }
}
