package io.github.akswi;

import static io.github.akswi.OfflineStack.CLUSTER_TYPE;
import static io.github.akswi.OfflineStack.CREDENTIAL_TYPE;
import static io.github.akswi.OfflineStack.IDENTITY_TYPE;
import static io.github.akswi.OfflineStack.ROLE_ASSIGNMENT_TYPE;
import static io.github.akswi.OfflineStack.SERVICE_ACCOUNT_TYPE;
import static io.github.akswi.OfflineStack.adoptStack;
import static io.github.akswi.OfflineStack.only;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akswi.azure.ClusterDeclaration;
import io.github.akswi.azure.WorkloadIdentity;
import io.github.akswi.plan.Plan;
import io.github.akswi.plan.PlannedResource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The adopt-mode stack, read off the registrations the engine receives. */
class WorkloadIdentityStackTest {

    private static final String SECRETS_OFFICER = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private static final String CERTIFICATES_OFFICER = "a4417e6f-fecd-4de8-b567-7b0420556985";

    @TempDir Path dir;

    private Plan plan() {
        return OfflineStack.plan(dir, adoptStack());
    }

    @Test
    void credentialIssuerIsTheClusterIssuerOutputWithItsTrailingSlash() {
        var plan = plan();
        var cluster = only(plan, CLUSTER_TYPE, "aks-platform");
        var credential = only(plan, CREDENTIAL_TYPE, "gateway-wid-fic-akeyless-gateway");

        var issuer = cluster.output("oidcIssuerProfile.issuerURL");
        assertEquals(issuer, credential.input("issuer"));
        assertTrue(issuer.toString().startsWith("https://westeurope.oic.prod-aks.azure.com/"));
        assertTrue(issuer.toString().endsWith("/"));
        assertTrue(credential.dependsOn().contains(cluster.urn()));
    }

    @Test
    void credentialSubjectNamesTheServiceAccountAndTheAudienceIsTokenExchange() {
        var credential = only(plan(), CREDENTIAL_TYPE, "gateway-wid-fic-akeyless-gateway");

        assertEquals("system:serviceaccount:akeyless:gateway", credential.input("subject"));
        assertEquals(List.of("api://AzureADTokenExchange"), credential.input("audiences"));
        assertEquals(
                "akeyless-gateway", credential.input("federatedIdentityCredentialResourceName"));
        assertEquals("gateway-wid", credential.input("resourceName"));
        assertEquals("rg-platform", credential.input("resourceGroupName"));
    }

    @Test
    void roleAssignmentsGrantBothRolesOnTheVaultToTheIdentityPrincipal() {
        var plan = plan();
        var identity = only(plan, IDENTITY_TYPE, "gateway-wid");
        var assignments = plan.ofType(ROLE_ASSIGNMENT_TYPE);
        var subscription =
                plan.outputs()
                        .get("identities")
                        .toString()
                        .split("/subscriptions/")[1]
                        .substring(0, 36);
        var vault =
                "/subscriptions/"
                        + subscription
                        + "/resourceGroups/rg-platform/providers"
                        + "/Microsoft.KeyVault/vaults/kv-platform";

        assertEquals(2, assignments.size());
        assertEquals(
                List.of(
                        "/subscriptions/"
                                + subscription
                                + "/providers/Microsoft.Authorization/roleDefinitions/"
                                + CERTIFICATES_OFFICER,
                        "/subscriptions/"
                                + subscription
                                + "/providers/Microsoft.Authorization/roleDefinitions/"
                                + SECRETS_OFFICER),
                assignments.stream().map(a -> a.input("roleDefinitionId")).sorted().toList());
        for (var assignment : assignments) {
            assertEquals(vault, assignment.input("scope"));
            assertEquals("ServicePrincipal", assignment.input("principalType"));
            assertEquals(identity.output("principalId"), assignment.input("principalId"));
            assertEquals(List.of(identity.urn()), assignment.dependsOn());
        }
    }

    @Test
    void serviceAccountAnnotationsAreTheIdentityOutputs() {
        var plan = plan();
        var identity = only(plan, IDENTITY_TYPE, "gateway-wid");
        var account = only(plan, SERVICE_ACCOUNT_TYPE, "gateway-wid-sa-akeyless-gateway");

        assertEquals(
                Map.of(
                        "azure.workload.identity/client-id", identity.output("clientId"),
                        "azure.workload.identity/tenant-id", identity.output("tenantId"),
                        "azure.workload.identity/service-account-token-expiration", "3600"),
                account.input("metadata.annotations"));
        assertEquals("gateway", account.input("metadata.name"));
        assertEquals("akeyless", account.input("metadata.namespace"));
    }

    @Test
    void tokenExpirationAnnotationIsAbsentWhenNotConfigured() {
        var plan =
                OfflineStack.plan(
                        dir, adoptStack().replace("          tokenExpiration: 3600\n", ""));
        var account = only(plan, SERVICE_ACCOUNT_TYPE, "gateway-wid-sa-akeyless-gateway");

        @SuppressWarnings("unchecked")
        var annotations = (Map<String, Object>) account.input("metadata.annotations");
        assertEquals(
                List.of("azure.workload.identity/client-id", "azure.workload.identity/tenant-id"),
                annotations.keySet().stream().sorted().toList());
    }

    @Test
    void adoptedClusterIsImportedRetainedAndOnlyOwnsTheTwoFeatures() {
        var plan = plan();
        var cluster = only(plan, CLUSTER_TYPE, "aks-platform");
        var subscription = cluster.importId().split("/")[2];

        assertEquals(
                "/subscriptions/"
                        + subscription
                        + "/resourceGroups/rg-platform/providers"
                        + "/Microsoft.ContainerService/managedClusters/aks-platform",
                cluster.importId());
        assertTrue(cluster.retainOnDelete());
        assertFalse(cluster.protect());
        assertEquals(true, cluster.input("oidcIssuerProfile.enabled"));
        assertEquals(true, cluster.input("securityProfile.workloadIdentity.enabled"));
        assertEquals(
                List.of(
                        "oidcIssuerProfile",
                        "resourceGroupName",
                        "resourceName",
                        "securityProfile"),
                cluster.inputs().keySet().stream().sorted().toList());
        assertTrue(
                cluster.ignoreChanges()
                        .containsAll(
                                List.of(
                                        "agentPoolProfiles",
                                        "kubernetesVersion",
                                        "networkProfile",
                                        "location",
                                        "tags",
                                        "securityProfile.defender",
                                        "securityProfile.imageCleaner",
                                        "securityProfile.azureKeyVaultKms")));
        assertFalse(cluster.ignoreChanges().contains("oidcIssuerProfile"));
        assertFalse(cluster.ignoreChanges().contains("securityProfile.workloadIdentity"));
        assertFalse(cluster.ignoreChanges().contains("securityProfile"));
        assertEquals(ClusterDeclaration.adoptIgnoredInputs(), cluster.ignoreChanges());
    }

    @Test
    void importIdTakesTheConfiguredSubscription() {
        var subscription = "11111111-2222-3333-4444-555555555555";
        var plan =
                OfflineStack.plan(
                        dir,
                        adoptStack()
                                .replace(
                                        "config:\n",
                                        "config:\n  azure-native:subscriptionId: "
                                                + subscription
                                                + "\n"));
        var cluster = only(plan, CLUSTER_TYPE, "aks-platform");

        assertEquals(
                "/subscriptions/"
                        + subscription
                        + "/resourceGroups/rg-platform/providers"
                        + "/Microsoft.ContainerService/managedClusters/aks-platform",
                cluster.importId());
        for (var assignment : plan.ofType(ROLE_ASSIGNMENT_TYPE)) {
            assertTrue(
                    assignment
                            .input("scope")
                            .toString()
                            .startsWith("/subscriptions/" + subscription + "/"));
        }
    }

    @Test
    void importIdTakesTheSubscriptionFromTheClientConfigWhenNoneIsConfigured() {
        var plan = plan();
        var cluster = only(plan, CLUSTER_TYPE, "aks-platform");
        var subscription = cluster.importId().split("/")[2];

        assertTrue(plan.placeholders().contains(subscription), subscription);
    }

    @Test
    void identityChildrenAreParentedToOneComponentPerIdentity() {
        var plan = plan();
        var component = only(plan, WorkloadIdentity.TYPE, "gateway-wid");

        assertEquals("aks-workload-identity:index:WorkloadIdentity", component.type());
        assertFalse(component.custom());
        for (var type :
                List.of(
                        IDENTITY_TYPE,
                        CREDENTIAL_TYPE,
                        ROLE_ASSIGNMENT_TYPE,
                        SERVICE_ACCOUNT_TYPE)) {
            for (var child : plan.ofType(type)) {
                assertEquals(component.urn(), child.parent(), child.name());
            }
        }
        assertEquals(
                plan.ofType("pulumi:pulumi:Stack").get(0).urn(),
                only(plan, CLUSTER_TYPE, "aks-platform").parent());
    }

    @Test
    void urnsHaveTheEngineFormWithoutTheRootStackInTheTypeChain() {
        var plan = plan();

        assertEquals(
                "urn:pulumi:test::aks-workload-identity::azure-native:containerservice:"
                        + "ManagedCluster::aks-platform",
                only(plan, CLUSTER_TYPE, "aks-platform").urn());
        assertEquals(
                "urn:pulumi:test::aks-workload-identity::aks-workload-identity:index:"
                        + "WorkloadIdentity$azure-native:managedid"
                        + "entity:UserAssignedIdentity::gateway-wid",
                only(plan, IDENTITY_TYPE, "gateway-wid").urn());
        assertEquals(
                "urn:pulumi:test::aks-workload-identity::pulumi:pulumi:Stack::"
                        + "aks-workload-identity-test",
                plan.ofType("pulumi:pulumi:Stack").get(0).urn());
    }

    @Test
    void orderingComesFromOutputsOnly() {
        var plan = plan();
        var identity = only(plan, IDENTITY_TYPE, "gateway-wid");
        var cluster = only(plan, CLUSTER_TYPE, "aks-platform");

        assertEquals(List.of(), identity.dependsOn());
        assertEquals(List.of(), cluster.dependsOn());
        assertEquals(
                List.of(cluster.urn(), identity.urn()).stream().sorted().toList(),
                only(plan, CREDENTIAL_TYPE, "gateway-wid-fic-akeyless-gateway").dependsOn());
        assertEquals(
                List.of(identity.urn()),
                only(plan, SERVICE_ACCOUNT_TYPE, "gateway-wid-sa-akeyless-gateway").dependsOn());
    }

    @Test
    void stackOutputsCarryTheIssuerAndEachIdentitysIds() {
        var plan = plan();
        var identity = only(plan, IDENTITY_TYPE, "gateway-wid");
        var cluster = only(plan, CLUSTER_TYPE, "aks-platform");

        assertEquals(
                cluster.output("oidcIssuerProfile.issuerURL"), plan.outputs().get("oidcIssuerUrl"));
        assertEquals(
                Map.of(
                        "gateway-wid",
                        Map.of(
                                "clientId", identity.output("clientId"),
                                "principalId", identity.output("principalId"),
                                "tenantId", identity.output("tenantId"),
                                "resourceId",
                                        "/subscriptions/"
                                                + cluster.importId().split("/")[2]
                                                + "/resourceGroups/rg-platform/providers"
                                                + "/Microsoft.ManagedIdentity"
                                                + "/userAssignedIdentities/gateway-wid")),
                plan.outputs().get("identities"));
    }

    @Test
    void identityLocationDefaultsToTheProviderLocation() {
        var identity = only(plan(), IDENTITY_TYPE, "gateway-wid");

        assertEquals("westeurope", identity.input("location"));
        assertEquals("rg-platform", identity.input("resourceGroupName"));
        assertFalse(identity.protect());
    }

    @Test
    void aProtectedIdentityProtectsEverythingItHolds() {
        var plan =
                OfflineStack.plan(
                        dir,
                        adoptStack()
                                .replace(
                                        "- name: gateway-wid\n",
                                        "- name: gateway-wid\n" + "      protect: true\n"));
        var component = only(plan, WorkloadIdentity.TYPE, "gateway-wid");

        var children =
                plan.resources().stream().filter(r -> component.urn().equals(r.parent())).toList();
        assertEquals(5, children.size());
        children.forEach(child -> assertTrue(child.protect(), child.name()));
        assertFalse(only(plan, CLUSTER_TYPE, "aks-platform").protect());
    }

    @Test
    void anUnprotectedIdentityProtectsNothing() {
        plan().resources().forEach(resource -> assertFalse(resource.protect(), resource.name()));
    }

    @Test
    void everyKubernetesObjectUsesTheExplicitProvider() {
        var plan = plan();
        var provider = only(plan, "pulumi:providers:kubernetes", "aks");

        for (PlannedResource resource : plan.resources()) {
            if (resource.type().startsWith("kubernetes:")) {
                assertTrue(resource.provider().startsWith(provider.urn() + "::"), resource.name());
            }
        }
    }
}
