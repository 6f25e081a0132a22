package io.github.akswi.loopback;

import io.github.akswi.plan.PlaceholderMocks;
import io.github.akswi.plan.StackFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures how long the language host's two ways of starting this program take, from launch to
 * exit, each against a fresh loopback engine with the dev stack: {@code java -jar} on the packaged
 * jar, and the Maven command the host runs by default. Not a test: run it by hand from the project
 * folder after {@code mvn package}, with {@code java -cp
 * target/test-classes:target/aks-workload-identity.jar io.github.akswi.loopback.StartupTimer
 * [rounds]}.
 */
public final class StartupTimer {

    private static final String STACK = "dev";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private StartupTimer() {}

    /** Runs each command the given number of rounds (default 5), alternating; prints medians. */
    public static void main(String[] args) throws Exception {
        var rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        var project = Path.of("").toAbsolutePath();
        var config =
                StackFiles.read(project.resolve("Pulumi.yaml"), project.resolve("Pulumi.dev.yaml"));
        var commands = commands(project);

        var times = new LinkedHashMap<String, List<Duration>>();
        for (int round = 1; round <= rounds; round++) {
            for (var command : commands.entrySet()) {
                var elapsed = timeOnce(command.getValue(), project, config);
                times.computeIfAbsent(command.getKey(), k -> new ArrayList<>()).add(elapsed);
                System.out.printf(
                        "round %d  %-6s %6d ms%n", round, command.getKey(), elapsed.toMillis());
            }
        }
        times.forEach(
                (name, all) ->
                        System.out.printf(
                                "median %-6s %6d ms over %d runs%n",
                                name, median(all).toMillis(), all.size()));
    }

    private static Map<String, List<String>> commands(Path project) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var commands = new LinkedHashMap<String, List<String>>();
        commands.put("jar", List.of(java, "-jar", "target/aks-workload-identity.jar"));
        // the language host's default: ./mvnw when present, else mvn, with exactly these arguments
        var maven = Files.isExecutable(project.resolve("mvnw")) ? "./mvnw" : "mvn";
        commands.put(
                "maven",
                List.of(
                        maven,
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                        "--no-transfer-progress",
                        "compile",
                        "exec:java"));
        return commands;
    }

    private static Duration timeOnce(
            List<String> command, Path project, StackFiles.StackConfig config) throws Exception {
        var mocks = PlaceholderMocks.forConfig(config.values());
        try (var engine = LoopbackEngine.start(config.project(), STACK, mocks)) {
            var variables =
                    LanguageHostEnvironment.of(
                            engine.address(),
                            config.project(),
                            STACK,
                            project,
                            false,
                            config.values(),
                            config.secretKeys());
            var outcome = ProgramProcess.run(command, project, variables, TIMEOUT);
            if (outcome.exitCode() != 0 || engine.registrations().isEmpty()) {
                throw new IllegalStateException(
                        String.join(" ", command)
                                + " failed, exit code "
                                + outcome.exitCode()
                                + ":\n"
                                + outcome.stdout()
                                + outcome.stderr());
            }
            return outcome.elapsed();
        }
    }

    private static Duration median(List<Duration> times) {
        var sorted = times.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
