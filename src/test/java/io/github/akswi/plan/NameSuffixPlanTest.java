package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** In a test environment the Azure names carry the stack name; the Pulumi logical names do not. */
class NameSuffixPlanTest {

    private static final String IDENTITY = "azure-native:managedidentity:UserAssignedIdentity";
    private static final String CREDENTIAL =
            "azure-native:managedidentity:FederatedIdentityCredential";
    private static final String CLUSTER = "azure-native:containerservice:ManagedCluster";

    @Test
    void identityNameCarriesTheStackName() throws Exception {
        var plan = StackRuns.plan("test-alice", StackRuns.TEST);

        var identity = plan.find(IDENTITY, "gateway-wid").orElseThrow();
        assertEquals("gateway-wid-test-alice", identity.input("resourceName"));
    }

    @Test
    void federatedCredentialNameAndItsIdentityCarryTheStackName() throws Exception {
        var plan = StackRuns.plan("test-alice", StackRuns.TEST);

        var credential = plan.find(CREDENTIAL, "gateway-wid-fic-akeyless-gateway").orElseThrow();
        assertEquals(
                "akeyless-gateway-test-alice",
                credential.input("federatedIdentityCredentialResourceName"));
        assertEquals("gateway-wid-test-alice", credential.input("resourceName"));
    }

    @Test
    void createdClusterNameAndDnsPrefixCarryTheStackName() throws Exception {
        var plan = StackRuns.plan("test-alice", StackRuns.TEST);

        var cluster = plan.find(CLUSTER, "aks-wi").orElseThrow();
        assertEquals("aks-wi-test-alice", cluster.input("resourceName"));
        assertEquals("aks-wi-test-alice", cluster.input("dnsPrefix"));
    }

    @Test
    void twoTestStacksShareNoAzureName() throws Exception {
        var alice = StackRuns.plan("test-alice", StackRuns.TEST);
        var bob = StackRuns.plan("test-bob", StackRuns.TEST);

        assertEquals(List.of("gateway-wid-test-bob"), azureNames(bob, IDENTITY, "resourceName"));
        assertEquals(
                List.of("gateway-wid-test-alice"), azureNames(alice, IDENTITY, "resourceName"));
        assertEquals(List.of("aks-wi-test-bob"), azureNames(bob, CLUSTER, "resourceName"));
        assertEquals(
                List.of("akeyless-gateway-test-bob"),
                azureNames(bob, CREDENTIAL, "federatedIdentityCredentialResourceName"));
    }

    @Test
    void stacksWithoutNameSuffixKeepTheConfiguredNames() throws Exception {
        var plan = StackRuns.plan("dev", StackRuns.DEV);

        assertEquals(List.of("gateway-wid"), azureNames(plan, IDENTITY, "resourceName"));
        assertEquals(
                List.of("akeyless-gateway"),
                azureNames(plan, CREDENTIAL, "federatedIdentityCredentialResourceName"));
        assertEquals(List.of("aks-platform"), azureNames(plan, CLUSTER, "resourceName"));
    }

    private static List<Object> azureNames(Plan plan, String type, String input) {
        return plan.ofType(type).stream().map(resource -> resource.input(input)).toList();
    }
}
