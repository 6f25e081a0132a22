package io.github.akswi;

import static io.github.akswi.OfflineStack.CREDENTIAL_TYPE;
import static io.github.akswi.OfflineStack.IDENTITY_TYPE;
import static io.github.akswi.OfflineStack.ROLE_ASSIGNMENT_TYPE;
import static io.github.akswi.OfflineStack.only;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akswi.azure.RoleAssignmentNames;
import io.github.akswi.config.ConfigurationException;
import io.github.akswi.plan.PlannedResource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Many identities within Azure's rules: serialised credentials, stable names, vault checks. */
class AzureLimitsTest {

    @TempDir Path dir;

    private static String identities(int count, int accounts, int vaults) {
        var yaml =
                new StringBuilder(
                        """
                        config:
                          azure-native:location: westeurope
                          aks-workload-identity:cluster:
                            mode: adopt
                            resourceGroup: rg-platform
                            name: aks-platform
                          aks-workload-identity:identities:
                        """);
        for (int i = 0; i < count; i++) {
            yaml.append("    - name: app").append(i).append("-wid\n      serviceAccounts:\n");
            for (int s = 0; s < accounts; s++) {
                yaml.append("        - {namespace: team")
                        .append(i % 7)
                        .append(", name: app")
                        .append(i)
                        .append("-sa")
                        .append(s)
                        .append("}\n");
            }
            yaml.append("      keyVaults:\n");
            for (int v = 0; v < vaults; v++) {
                yaml.append("        - {name: kv-shared-")
                        .append(v)
                        .append(", resourceGroup: rg-vaults")
                        .append(", roles: [Key Vault Secrets User, Key Vault Certificate User]}\n");
            }
        }
        return yaml.toString();
    }

    @Test
    void credentialsOfOneIdentityAreChainedAndOtherIdentitiesAreNot() {
        var plan = OfflineStack.plan(dir, identities(2, 3, 1));
        var cluster = plan.ofType(OfflineStack.CLUSTER_TYPE).get(0).urn();

        for (int i = 0; i < 2; i++) {
            var identity = only(plan, IDENTITY_TYPE, "app" + i + "-wid").urn();
            var first =
                    only(
                            plan,
                            CREDENTIAL_TYPE,
                            "app" + i + "-wid-fic-team" + i + "-app" + i + "-sa0");
            var second =
                    only(
                            plan,
                            CREDENTIAL_TYPE,
                            "app" + i + "-wid-fic-team" + i + "-app" + i + "-sa1");
            var third =
                    only(
                            plan,
                            CREDENTIAL_TYPE,
                            "app" + i + "-wid-fic-team" + i + "-app" + i + "-sa2");
            assertEquals(sorted(cluster, identity), first.dependsOn());
            assertEquals(sorted(cluster, identity, first.urn()), second.dependsOn());
            assertEquals(sorted(cluster, identity, second.urn()), third.dependsOn());
        }
    }

    @Test
    void nothingButCredentialsWaitsOnAnotherResourceOfItsKind() {
        var plan = OfflineStack.plan(dir, identities(3, 2, 2));
        var identities = urns(plan.ofType(IDENTITY_TYPE));
        var assignments = urns(plan.ofType(ROLE_ASSIGNMENT_TYPE));

        for (var resource : plan.resources()) {
            if (!resource.type().equals(CREDENTIAL_TYPE)) {
                var sameIdentityParent =
                        resource.dependsOn().stream()
                                .filter(urn -> !identities.contains(urn))
                                .filter(
                                        urn ->
                                                !urn.contains("ManagedCluster")
                                                        && !urn.contains("Namespace"))
                                .toList();
                assertEquals(List.of(), sameIdentityParent, resource.name());
            }
            resource.dependsOn()
                    .forEach(urn -> assertFalse(assignments.contains(urn), resource.name()));
        }
    }

    @Test
    void twentyOneCredentialsOnOneIdentityStopTheProgram() {
        var result = OfflineStack.run(dir, identities(1, 21, 0), mocks -> mocks);

        assertFalse(result.succeeded());
        assertEquals(
                List.of(
                        "identities[0].serviceAccounts: identity app0-wid has 21 service accounts;"
                                + " Azure allows at most 20 federated credentials on one identity:"
                                + " split them across identities"),
                problems(result));
        assertEquals(
                20, OfflineStack.plan(dir, identities(1, 20, 0)).ofType(CREDENTIAL_TYPE).size());
    }

    @Test
    void roleAssignmentNamesAreTheSameOnEveryRun() {
        var first = names(OfflineStack.plan(dir, identities(3, 1, 2)));
        var second = names(OfflineStack.plan(dir, identities(3, 1, 2)));

        assertEquals(first, second);
        assertEquals(12, first.size());
        first.forEach(
                name ->
                        assertTrue(
                                name.matches(
                                        "[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}"
                                                + "-[0-9a-f]{12}"),
                                name));
    }

    @Test
    void roleAssignmentNamesChangeWithScopeIdentityAndRole() {
        var scope = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-a";
        var identity =
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/"
                        + "userAssignedIdentities/app";
        var role = "4633458b-17de-408a-b874-0445c86b69e6";
        var base = RoleAssignmentNames.of(scope, identity, role);

        assertEquals(base, RoleAssignmentNames.of(scope, identity, role));
        assertEquals(base, RoleAssignmentNames.of(scope.toUpperCase(), identity, role));
        assertNotEquals(
                base, RoleAssignmentNames.of(scope.replace("kv-a", "kv-b"), identity, role));
        assertNotEquals(base, RoleAssignmentNames.of(scope, identity + "2", role));
        assertNotEquals(
                base,
                RoleAssignmentNames.of(scope, identity, "b86a8fe4-44ce-4948-aee5-eccb2c155cd7"));
    }

    @Test
    void aVaultOnAccessPoliciesStopsTheProgramWithTheFix() {
        var result =
                OfflineStack.run(
                        dir,
                        identities(1, 1, 1),
                        mocks ->
                                mocks.answer(
                                        "azure-native:keyvault:getVault",
                                        args -> mocks.vault(args, false)));

        assertEquals(
                List.of(
                        "keyVaults: vault kv-shared-0 in resource group rg-vaults uses access"
                            + " policies (enableRbacAuthorization is false), so role assignments on"
                            + " it grant nothing. Switch it to the Azure RBAC permission model: az"
                            + " keyvault update --name kv-shared-0 --resource-group rg-vaults"
                            + " --enable-rbac-authorization true (or set skipRbacCheck: true on the"
                            + " vault to skip this check)"),
                problems(result));
        assertEquals(
                List.of("pulumi:pulumi:Stack"),
                result.plan().resources().stream().map(PlannedResource::type).toList());
    }

    @Test
    void skippingTheRbacCheckIsLoggedAndGrantsTheRoles() {
        var stack = identities(1, 1, 1).replace("roles:", "skipRbacCheck: true, roles:");
        var result =
                OfflineStack.run(
                        dir,
                        stack,
                        mocks ->
                                mocks.answer(
                                        "azure-native:keyvault:getVault",
                                        args -> {
                                            throw new AssertionError("the vault must not be read");
                                        }));

        assertTrue(result.succeeded(), result.errors().toString());
        assertEquals(2, result.plan().ofType(ROLE_ASSIGNMENT_TYPE).size());
        assertTrue(
                result.plan()
                        .log()
                        .contains(
                                "info: vault kv-shared-0: permission model not checked"
                                    + " (skipRbacCheck); its role assignments do nothing if it uses"
                                    + " access policies"),
                result.plan().log().toString());
    }

    @Test
    void aRoleWithoutDataAccessIsGrantedWithAWarning() {
        var stack =
                identities(1, 1, 1).replace("Key Vault Certificate User", "key vault contributor");
        var plan = OfflineStack.plan(dir, stack);

        assertTrue(
                plan.log()
                        .contains(
                                "warning: identity app0-wid, vault kv-shared-0: Key Vault"
                                    + " Contributor manages the vault resource only and grants no"
                                    + " access to secrets, keys or certificates; add Key Vault"
                                    + " Secrets User or another data role if the workload reads the"
                                    + " vault"),
                plan.log().toString());
        assertTrue(
                plan.ofType(ROLE_ASSIGNMENT_TYPE).stream()
                        .anyMatch(
                                a ->
                                        a.input("roleDefinitionId")
                                                .toString()
                                                .endsWith(
                                                        "/f25e0fa2-a7c8-4377-a976-54943a77a395")));
    }

    @Test
    void aVaultInAnotherSubscriptionIsScopedAndReadThere() {
        var other = "99999999-8888-7777-6666-555555555555";
        var stack =
                identities(1, 1, 1)
                        .replace(
                                "resourceGroup: rg-vaults",
                                "resourceGroup: rg-vaults," + " subscription: " + other);
        var plan = OfflineStack.plan(dir, stack);
        var provider = only(plan, "pulumi:providers:azure-native", "azure-" + other);

        assertEquals(other, provider.input("subscriptionId"));
        for (var assignment : plan.ofType(ROLE_ASSIGNMENT_TYPE)) {
            assertTrue(
                    assignment
                            .input("scope")
                            .toString()
                            .startsWith(
                                    "/subscriptions/"
                                            + other
                                            + "/resourceGroups/rg-vaults/providers"
                                            + "/Microsoft.KeyVault/vaults/"));
            assertTrue(
                    assignment
                            .input("roleDefinitionId")
                            .toString()
                            .startsWith(
                                    "/subscriptions/"
                                            + other
                                            + "/providers/Microsoft.Authorization"
                                            + "/roleDefinitions/"));
        }
    }

    @Test
    void twoHundredIdentitiesPlanWithEveryCredentialAndAssignment() {
        var plan = OfflineStack.plan(dir, identities(200, 2, 2));

        assertEquals(200, plan.ofType(IDENTITY_TYPE).size());
        assertEquals(400, plan.ofType(CREDENTIAL_TYPE).size());
        assertEquals(800, names(plan).size());
        assertEquals(
                sorted(
                        plan.ofType(OfflineStack.CLUSTER_TYPE).get(0).urn(),
                        only(plan, IDENTITY_TYPE, "app199-wid").urn(),
                        only(plan, CREDENTIAL_TYPE, "app199-wid-fic-team3-app199-sa0").urn()),
                only(plan, CREDENTIAL_TYPE, "app199-wid-fic-team3-app199-sa1").dependsOn());
    }

    private static Set<String> names(io.github.akswi.plan.Plan plan) {
        return plan.ofType(ROLE_ASSIGNMENT_TYPE).stream()
                .map(a -> (String) a.input("roleAssignmentName"))
                .collect(Collectors.toSet());
    }

    private static List<String> problems(io.github.akswi.plan.OfflineEngine.Result result) {
        return result.exceptions().stream()
                .filter(e -> e instanceof ConfigurationException)
                .map(e -> ((ConfigurationException) e).problems())
                .findFirst()
                .orElseThrow(() -> new AssertionError(result.exceptions().toString()));
    }

    private static Set<String> urns(List<PlannedResource> resources) {
        return resources.stream().map(PlannedResource::urn).collect(Collectors.toSet());
    }

    private static List<String> sorted(String... urns) {
        return IntStream.range(0, urns.length).mapToObj(i -> urns[i]).sorted().toList();
    }
}
