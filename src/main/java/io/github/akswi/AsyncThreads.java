package io.github.akswi;

import java.util.concurrent.ForkJoinPool;

/**
 * Gives the Pulumi SDK a real worker pool for its asynchronous steps. The SDK runs them on {@code
 * CompletableFuture}'s default executor, which is the common fork-join pool only when that pool has
 * at least two threads; below three cores the JDK starts a new thread for every step instead, and a
 * deployment of a few thousand resources spends most of its time creating threads.
 *
 * <p>The SDK keeps one pool thread busy polling for its tasks to finish, and the program's
 * preflight reads wait on another while the stack is declared, so four leave two for the work.
 */
public final class AsyncThreads {

    /** The JDK property that sizes the common pool, read once when the pool is first used. */
    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /** The SDK's polling loop, the waiting stack callback, and two threads that do the work. */
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
