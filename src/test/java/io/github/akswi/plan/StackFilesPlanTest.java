package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Every stack file of the project plans cleanly, so a broken one fails the build. */
class StackFilesPlanTest {

    static List<Path> stackFiles() throws Exception {
        return StackRuns.allStackFiles();
    }

    @Test
    void theProjectHasADevStackAndTheThreeEnvironmentStacks() throws Exception {
        assertEquals(
                List.of(StackRuns.DEV, StackRuns.PROD, StackRuns.STAGING, StackRuns.TEST),
                stackFiles());
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void planCommandPrintsThePlanAndExitsZero(Path stackFile) {
        var out = new StringWriter();
        var err = new StringWriter();
        var stack = StackRuns.stackName(stackFile);

        var exit =
                PlanCommand.run(
                        new PrintWriter(out),
                        new PrintWriter(err),
                        "--stack",
                        stack,
                        "--config-file",
                        stackFile.toString());

        assertEquals("", err.toString());
        assertEquals(0, exit);
        assertTrue(
                out.toString()
                        .startsWith("Plan of stack " + stack + " (project aks-workload-identity)"));
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void everyStackDeclaresOneWorkloadIdentityComponentPerIdentity(Path stackFile)
            throws Exception {
        var plan = StackRuns.plan(StackRuns.stackName(stackFile), stackFile);

        var components = plan.ofType("aks-workload-identity:index:WorkloadIdentity").size();
        var identities = plan.ofType("azure-native:managedidentity:UserAssignedIdentity").size();
        assertEquals(1, components);
        assertEquals(components, identities);
    }
}
