package io.github.akswi.loopback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akswi.StackProgram;
import io.github.akswi.config.ConfigSource;
import io.github.akswi.config.ConfigurationException;
import io.github.akswi.config.SettingsReader;
import io.github.akswi.plan.EngineUrns;
import io.github.akswi.plan.OfflineEngine;
import io.github.akswi.plan.PlaceholderMocks;
import io.github.akswi.plan.Plan;
import io.github.akswi.plan.PlannedResource;
import io.github.akswi.plan.StackFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The packaged program, started as the Pulumi Java language host starts it, against the loopback
 * engine: it must ask the engine for exactly what the offline plan plans for the same stack file,
 * and report what stops it (an invalid stack, a stale jar) as engine errors without a trace.
 */
class EngineProtocolIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/aks-workload-identity.jar");
    private static final String STACK = "dev";
    // generous: this is a protocol test on a 2-core machine, not a speed test
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void packagedProgramRegistersWhatTheOfflinePlanPlans() throws Exception {
        var config = devStack();

        assertSameRegistrations(config.project(), config.values(), config.secretKeys());
    }

    @Test
    void programFinishesOnATwoThreadPoolWhileItsPreflightWaits() throws Exception {
        // the SDK keeps one pool thread polling; the preflight must not starve the other
        var config = devStack();

        assertSameRegistrations(
                config.project(),
                config.values(),
                config.secretKeys(),
                List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"));
    }

    @Test
    void secretKubeconfigReachesTheEngineMarkedSecret() throws Exception {
        var config = devStack();
        var values = new TreeMap<>(config.values());
        values.put("aks-workload-identity:kubernetes", "{\"credentials\":\"cluster-admin\"}");

        var registrations = assertSameRegistrations(config.project(), values, config.secretKeys());

        var provider =
                registrations.stream()
                        .filter(r -> r.type().equals("pulumi:providers:kubernetes"))
                        .findFirst();
        assertEquals(Plan.SECRET, provider.orElseThrow().input("kubeconfig"));
    }

    /** Runs the jar and the offline plan on one configuration; returns the jar's registrations. */
    private static List<PlannedResource> assertSameRegistrations(
            String project, Map<String, String> values, Set<String> secretKeys) throws Exception {
        return assertSameRegistrations(project, values, secretKeys, List.of());
    }

    private static List<PlannedResource> assertSameRegistrations(
            String project,
            Map<String, String> values,
            Set<String> secretKeys,
            List<String> jvmOptions)
            throws Exception {
        var offline =
                OfflineEngine.run(
                        project,
                        STACK,
                        values,
                        secretKeys,
                        mocksFor(values),
                        false,
                        StackProgram::run);
        assertTrue(offline.succeeded(), () -> "offline plan failed: " + offline.exceptions());

        try (var engine = LoopbackEngine.start(project, STACK, mocksFor(values))) {
            var outcome = runJar(engine, PROJECT, project, values, secretKeys, jvmOptions);

            assertEquals(0, outcome.exitCode(), () -> "failed; stderr:\n" + outcome.stderr());
            var received = ComparableRegistrations.fromLoopback(engine.registrations());
            assertEquals(ComparableRegistrations.fromPlan(offline.plan()), received);
            assertEquals(
                    offline.plan().log().stream().sorted().toList(),
                    userVisible(engine.logs()).stream().sorted().toList());
            assertNoStackTrace(engine.logs(), outcome);
            return received;
        }
    }

    @Test
    void invalidConfigurationFailsWithItsProblemsAsEngineErrors() throws Exception {
        var config = devStack();
        var values = new TreeMap<>(config.values());
        values.put(
                "aks-workload-identity:cluster",
                "{\"mode\":\"sideways\",\"resourceGroup\":\"rg-platform\","
                        + "\"name\":\"aks-platform\"}");
        values.put("aks-workload-identity:kubernetes", "{\"credentials\":\"telepathy\"}");
        var problems = expectedProblems(values);

        var mocks = mocksFor(config.values());
        try (var engine = LoopbackEngine.start(config.project(), STACK, mocks)) {
            var outcome = runJar(engine, config.project(), values, config.secretKeys());

            assertNotEquals(0, outcome.exitCode(), "an invalid stack must fail the deployment");
            var errors =
                    engine.logs().stream()
                            .filter(log -> log.getSeverity() == LogSeverity.ERROR)
                            .map(LogRequest::getMessage)
                            .toList();
            for (var problem : problems) {
                assertTrue(
                        errors.stream().anyMatch(e -> e.lines().anyMatch(problem::equals)),
                        () -> "no engine error line \"" + problem + "\" in " + errors);
            }
            // the stack itself may or may not be registered before validation stops the program
            assertEquals(
                    List.of(),
                    engine.registrations().stream()
                            .map(registration -> registration.request().getType())
                            .filter(type -> !type.equals(EngineUrns.ROOT_STACK_TYPE))
                            .toList());
            assertNoStackTrace(engine.logs(), outcome);
        }
    }

    @Test
    void jarOlderThanTheSourcesBesideItRefusesToRun(@TempDir Path checkout) throws Exception {
        copySources(checkout);
        var app = checkout.resolve("src/main/java/io/github/akswi/StackProgram.java");
        Files.writeString(app, Files.readString(app) + "// edited after packaging\n");
        var config = devStack();

        var mocks = mocksFor(config.values());
        try (var engine = LoopbackEngine.start(config.project(), STACK, mocks)) {
            var outcome =
                    runJar(
                            engine,
                            checkout,
                            config.project(),
                            config.values(),
                            config.secretKeys(),
                            List.of());

            assertNotEquals(0, outcome.exitCode(), "a stale jar must not deploy");
            assertTrue(
                    engine.logs().stream()
                            .anyMatch(
                                    log ->
                                            log.getSeverity() == LogSeverity.ERROR
                                                    && log.getMessage()
                                                            .contains(
                                                                    "run `mvn -q package"
                                                                        + " -DskipTests` and try"
                                                                        + " again")),
                    () -> "no stale-build error in " + engine.logs());
            assertEquals(
                    List.of(),
                    engine.registrations().stream()
                            .map(registration -> registration.request().getType())
                            .filter(type -> !type.equals(EngineUrns.ROOT_STACK_TYPE))
                            .toList());
            assertNoStackTrace(engine.logs(), outcome);
        }
    }

    private static void copySources(Path target) throws IOException {
        Files.copy(PROJECT.resolve("pom.xml"), target.resolve("pom.xml"));
        var sources = PROJECT.resolve("src/main");
        try (Stream<Path> walk = Files.walk(sources)) {
            for (var path : walk.toList()) {
                var copy = target.resolve("src/main").resolve(sources.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static StackFiles.StackConfig devStack() throws StackFiles.StackFileException {
        return StackFiles.read(PROJECT.resolve("Pulumi.yaml"), PROJECT.resolve("Pulumi.dev.yaml"));
    }

    private static List<String> expectedProblems(Map<String, String> values) {
        try {
            SettingsReader.read(ConfigSource.of(values), STACK);
        } catch (ConfigurationException e) {
            assertTrue(e.problems().size() >= 2, () -> "expected two problems: " + e.problems());
            return e.problems();
        }
        throw new AssertionError("the configuration under test is valid");
    }

    private static PlaceholderMocks mocksFor(Map<String, String> values) {
        return PlaceholderMocks.forConfig(values);
    }

    private static ProgramProcess.Outcome runJar(
            LoopbackEngine engine,
            String project,
            Map<String, String> config,
            Set<String> secretKeys)
            throws Exception {
        return runJar(engine, PROJECT, project, config, secretKeys, List.of());
    }

    /** Starts the jar as the language host does, in the given program folder. */
    private static ProgramProcess.Outcome runJar(
            LoopbackEngine engine,
            Path folder,
            String project,
            Map<String, String> config,
            Set<String> secretKeys,
            List<String> jvmOptions)
            throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var variables =
                LanguageHostEnvironment.of(
                        engine.address(), project, STACK, folder, false, config, secretKeys);
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        return ProgramProcess.run(command, folder, variables, TIMEOUT);
    }

    /** Messages at the levels the offline plan keeps, in its "severity: message" form. */
    private static List<String> userVisible(List<LogRequest> logs) {
        return logs.stream()
                .filter(log -> log.getSeverity() != LogSeverity.DEBUG)
                .map(
                        log ->
                                log.getSeverity().name().toLowerCase(Locale.ROOT)
                                        + ": "
                                        + log.getMessage())
                .toList();
    }

    private static void assertNoStackTrace(List<LogRequest> logs, ProgramProcess.Outcome outcome) {
        var texts = new ArrayList<String>();
        logs.forEach(log -> texts.add(log.getMessage()));
        texts.add(outcome.stderr());
        texts.add(outcome.stdout());
        for (var text : texts) {
            assertFalse(
                    text.contains("at io.github") || text.contains("Exception in thread"),
                    () -> "stack trace reached the user:\n" + text);
        }
    }
}
