package io.github.akswi.loopback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program as a child process, the way the language host does, and waits for it. */
public final class ProgramProcess {

    /**
     * How the child ended.
     *
     * @param elapsed wall-clock time from launch to exit
     */
    public record Outcome(int exitCode, String stdout, String stderr, Duration elapsed) {}

    /** The child did not exit in time and was killed. */
    public static final class TimeoutException extends Exception {
        private static final long serialVersionUID = 1L;

        TimeoutException(String message) {
            super(message);
        }
    }

    private ProgramProcess() {}

    /**
     * Starts the command in a folder with the language host's variables and waits for it; a child
     * still running after the timeout is killed with its descendants.
     */
    public static Outcome run(
            List<String> command,
            Path directory,
            Map<String, String> hostVariables,
            Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        var stdout = Files.createTempFile("program-", ".out");
        var stderr = Files.createTempFile("program-", ".err");
        try {
            var builder =
                    new ProcessBuilder(command)
                            .directory(directory.toFile())
                            .redirectOutput(stdout.toFile())
                            .redirectError(stderr.toFile());
            LanguageHostEnvironment.apply(builder.environment(), hostVariables);

            var started = System.nanoTime();
            var process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new TimeoutException(
                        String.join(" ", command)
                                + " still running after "
                                + timeout
                                + "; killed. stderr:\n"
                                + read(stderr));
            }
            var elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new Outcome(process.exitValue(), read(stdout), read(stderr), elapsed);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
