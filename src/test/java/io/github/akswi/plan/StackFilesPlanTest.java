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

    @Test
    void productionReadsItsClusterGrantsReadOnlyRolesAndProtectsItsIdentity() throws Exception {
        var plan = StackRuns.plan("prod", StackRuns.PROD);

        assertEquals(List.of(), plan.ofType("azure-native:containerservice:ManagedCluster"));
        assertEquals(
                List.of(
                        "4633458b-17de-408a-b874-0445c86b69e6",
                        "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba"),
                roleGuids(plan));
        assertTrue(
                plan.ofType("azure-native:managedidentity:UserAssignedIdentity").get(0).protect());
        assertEquals(1, plan.ofType("kubernetes:core/v1:ServiceAccountPatch").size());
    }

    @Test
    void stagingAdoptsItsClusterWithProductionsRoles() throws Exception {
        var plan = StackRuns.plan("staging", StackRuns.STAGING);
        var cluster = plan.ofType("azure-native:containerservice:ManagedCluster").get(0);

        assertTrue(cluster.retainOnDelete());
        assertTrue(
                cluster.importId().endsWith("/managedClusters/" + cluster.input("resourceName")));
        assertEquals(
                List.of(
                        "4633458b-17de-408a-b874-0445c86b69e6",
                        "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba"),
                roleGuids(plan));
    }

    @Test
    void theTestEnvironmentCreatesItsClusterAndReachesItWithTheClusterCredentials()
            throws Exception {
        var plan = StackRuns.plan("test-alice", StackRuns.TEST);
        var cluster = plan.ofType("azure-native:containerservice:ManagedCluster").get(0);

        assertEquals(null, cluster.importId());
        assertEquals("aks-wi-test-alice", cluster.input("resourceName"));
        assertEquals(
                Plan.SECRET, plan.ofType("pulumi:providers:kubernetes").get(0).input("kubeconfig"));
        assertEquals(1, plan.ofType("kubernetes:core/v1:Namespace").size());
        plan.resources().forEach(resource -> assertTrue(!resource.protect(), resource.name()));
    }

    private static List<String> roleGuids(Plan plan) {
        return plan.ofType("azure-native:authorization:RoleAssignment").stream()
                .map(r -> r.input("roleDefinitionId").toString())
                .map(id -> id.substring(id.lastIndexOf('/') + 1))
                .sorted()
                .toList();
    }
}
