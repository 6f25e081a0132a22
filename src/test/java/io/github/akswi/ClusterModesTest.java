package io.github.akswi;

import static io.github.akswi.OfflineStack.CLUSTER_TYPE;
import static io.github.akswi.OfflineStack.CREDENTIAL_TYPE;
import static io.github.akswi.OfflineStack.ROLE_ASSIGNMENT_TYPE;
import static io.github.akswi.OfflineStack.SERVICE_ACCOUNT_TYPE;
import static io.github.akswi.OfflineStack.only;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akswi.azure.AzureReads;
import io.github.akswi.config.ConfigurationException;
import io.github.akswi.plan.Plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Cluster modes, Kubernetes credentials and service account ownership. */
class ClusterModesTest {

    @TempDir Path dir;

    private static String stack(String cluster, String kubernetes, String manage) {
        return """
        config:
          azure-native:location: westeurope
          aks-workload-identity:cluster:
        %s
        %s
          aks-workload-identity:identities:
            - name: gateway-wid
              serviceAccounts:
                - namespace: akeyless
                  name: gateway
                  manage: %s
              keyVaults:
                - name: kv-platform
                  roles: [Key Vault Secrets User]
        """
                .formatted(cluster, kubernetes, manage);
    }

    private static final String CREATE =
            """
                mode: create
                resourceGroup: rg-test
                name: aks-test
                nodeCount: 2
                kubernetesVersion: "1.30"
            """
                    .stripTrailing()
                    .indent(2)
                    .stripTrailing();
    private static final String LOOKUP =
            """
                mode: lookup
                resourceGroup: rg-shared
                name: aks-shared
            """
                    .stripTrailing()
                    .indent(2)
                    .stripTrailing();
    private static final String ADOPT =
            """
                mode: adopt
                resourceGroup: rg-platform
                name: aks-platform
            """
                    .stripTrailing()
                    .indent(2)
                    .stripTrailing();

    @Test
    void createRegistersAClusterWithoutImportWithBothFeaturesOnAndNothingRetained() {
        var plan = OfflineStack.plan(dir, stack(CREATE, "", "create"));
        var cluster = only(plan, CLUSTER_TYPE, "aks-test");

        assertNull(cluster.importId());
        assertFalse(cluster.retainOnDelete());
        assertFalse(cluster.protect());
        assertEquals(List.of(), cluster.ignoreChanges());
        assertEquals(true, cluster.input("oidcIssuerProfile.enabled"));
        assertEquals(true, cluster.input("securityProfile.workloadIdentity.enabled"));
        assertEquals("SystemAssigned", cluster.input("identity.type"));
        assertEquals("1.30", cluster.input("kubernetesVersion"));
        assertEquals("westeurope", cluster.input("location"));
        assertEquals("aks-test", cluster.input("dnsPrefix"));
        @SuppressWarnings("unchecked")
        var pools = (List<Map<String, Object>>) cluster.input("agentPoolProfiles");
        assertEquals(1, pools.size());
        assertEquals(
                Map.of(
                        "name",
                        "system",
                        "mode",
                        "System",
                        "osType",
                        "Linux",
                        "count",
                        2L,
                        "vmSize",
                        "Standard_D2s_v5"),
                pools.get(0));
    }

    @Test
    void createMakesTheNamespacesItsServiceAccountsNeed() {
        var plan = OfflineStack.plan(dir, stack(CREATE, "", "create"));
        var namespace = only(plan, "kubernetes:core/v1:Namespace", "ns-akeyless");
        var account = only(plan, SERVICE_ACCOUNT_TYPE, "gateway-wid-sa-akeyless-gateway");

        assertEquals("akeyless", namespace.input("metadata.name"));
        assertTrue(account.dependsOn().contains(namespace.urn()), account.dependsOn().toString());
    }

    @Test
    void createReadsTheKubeconfigFromTheNewClusterAsASecret() {
        var plan = OfflineStack.plan(dir, stack(CREATE, "", "create"));
        var provider = only(plan, "pulumi:providers:kubernetes", "aks");

        assertEquals(Plan.SECRET, provider.input("kubeconfig"));
        assertEquals(Plan.SECRET, provider.output("kubeconfig"));
        assertTrue(provider.dependsOn().contains(only(plan, CLUSTER_TYPE, "aks-test").urn()));
    }

    @Test
    void adoptDoesNotCreateNamespaces() {
        var plan = OfflineStack.plan(dir, stack(ADOPT, "", "create"));

        assertEquals(List.of(), plan.ofType("kubernetes:core/v1:Namespace"));
    }

    @Test
    void lookupRegistersNoClusterAndTakesTheIssuerFromTheRead() {
        var plan = OfflineStack.plan(dir, stack(LOOKUP, "", "create"));
        var credential = only(plan, CREDENTIAL_TYPE, "gateway-wid-fic-akeyless-gateway");

        assertEquals(List.of(), plan.ofType(CLUSTER_TYPE));
        assertEquals(plan.outputs().get("oidcIssuerUrl"), credential.input("issuer"));
        assertTrue(credential.input("issuer").toString().endsWith("/"));
        assertTrue(
                plan.log()
                        .contains(
                                "info: cluster aks-shared (lookup): reads the cluster and changes"
                                        + " nothing on it; destroy leaves it as it is"),
                plan.log().toString());
    }

    @Test
    void lookupOfAClusterWithoutTheFeaturesStopsBeforeRegisteringAnything() {
        var result =
                OfflineStack.run(
                        dir,
                        stack(LOOKUP, "", "create"),
                        mocks ->
                                mocks.answer(
                                        AzureReads.GET_MANAGED_CLUSTER,
                                        args -> mocks.lookedUpCluster(args, false, true)));

        assertFalse(result.succeeded());
        var problem =
                result.exceptions().stream()
                        .filter(e -> e instanceof ConfigurationException)
                        .map(e -> ((ConfigurationException) e).problems())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(result.exceptions().toString()));
        assertEquals(
                List.of(
                        "cluster: cluster aks-shared in resource group rg-shared cannot federate"
                            + " identities: its OIDC issuer is off, and mode lookup never changes"
                            + " the cluster. Either set cluster.mode to adopt so this stack turns"
                            + " them on, or run: az aks update --resource-group rg-shared --name"
                            + " aks-shared --enable-oidc-issuer --enable-workload-identity"),
                problem);
        assertEquals(
                List.of("pulumi:pulumi:Stack"),
                result.plan().resources().stream().map(r -> r.type()).toList());
    }

    @Test
    void adoptingAClusterWithTheFeaturesOffSaysWhichCliImportsAndUpdatesInOneRun() {
        var result =
                OfflineStack.run(
                        dir,
                        stack(ADOPT, "", "create"),
                        mocks ->
                                mocks.answer(
                                        AzureReads.GET_MANAGED_CLUSTER,
                                        args -> mocks.lookedUpCluster(args, false, false)));

        assertTrue(result.succeeded(), result.errors().toString());
        assertTrue(
                result.plan()
                        .log()
                        .contains(
                                "warning: cluster aks-platform: its OIDC issuer and workload"
                                        + " identity are off; this update turns them on. Pulumi"
                                        + " CLIs older than 3.174 cannot import a cluster in the"
                                        + " same run and stop with 'inputs to import do not match"
                                        + " the existing resource': upgrade the CLI, or run az aks"
                                        + " update --resource-group rg-platform --name"
                                        + " aks-platform --enable-oidc-issuer"
                                        + " --enable-workload-identity first"),
                result.plan().log().toString());
        var cluster = only(result.plan(), CLUSTER_TYPE, "aks-platform");
        assertEquals(true, cluster.input("oidcIssuerProfile.enabled"));
        assertEquals(true, cluster.input("securityProfile.workloadIdentity.enabled"));
    }

    @Test
    void aClusterThatCannotBeReadStopsTheProgramWithOneLine() {
        var result =
                OfflineStack.run(
                        dir,
                        stack(LOOKUP, "", "create"),
                        mocks ->
                                mocks.answer(
                                        AzureReads.GET_MANAGED_CLUSTER,
                                        args -> {
                                            throw new IllegalStateException(
                                                    "ResourceNotFound: aks-shared was not found");
                                        }));

        assertFalse(result.succeeded());
        assertEquals(
                List.of("pulumi:pulumi:Stack"),
                result.plan().resources().stream().map(r -> r.type()).toList());
        assertTrue(
                result.errors().stream()
                        .anyMatch(
                                line ->
                                        line.startsWith(
                                                        "could not read cluster aks-shared in"
                                                                + " resource group rg-shared: ")
                                                && line.contains("aks-shared was not found")
                                                && !line.contains("\tat ")),
                result.errors().toString());
    }

    @Test
    void clusterAdminCredentialsAreSecretAndAmbientUsesTheContext() {
        var admin =
                OfflineStack.plan(
                        dir,
                        stack(
                                LOOKUP,
                                "  aks-workload-identity:kubernetes:\n"
                                        + "    credentials: cluster-admin",
                                "create"));
        assertEquals(
                Plan.SECRET, only(admin, "pulumi:providers:kubernetes", "aks").input("kubeconfig"));

        var ambient =
                OfflineStack.plan(
                        dir,
                        stack(
                                LOOKUP,
                                "  aks-workload-identity:kubernetes:\n"
                                        + "    credentials: ambient\n    context: shared-admin",
                                "create"));
        var provider = only(ambient, "pulumi:providers:kubernetes", "aks");
        assertEquals("shared-admin", provider.input("context"));
        assertNull(provider.input("kubeconfig"));
    }

    @Test
    void patchAnnotatesAServiceAccountOwnedElsewhere() {
        var plan = OfflineStack.plan(dir, stack(ADOPT, "", "patch"));
        var patch =
                only(
                        plan,
                        "kubernetes:core/v1:ServiceAccountPatch",
                        "gateway-wid-sapatch-akeyless-gateway");
        var identity = only(plan, OfflineStack.IDENTITY_TYPE, "gateway-wid");

        assertEquals(List.of(), plan.ofType(SERVICE_ACCOUNT_TYPE));
        assertEquals("gateway", patch.input("metadata.name"));
        assertEquals("akeyless", patch.input("metadata.namespace"));
        assertEquals(
                Map.of(
                        "azure.workload.identity/client-id",
                        identity.output("clientId"),
                        "azure.workload.identity/tenant-id",
                        identity.output("tenantId")),
                patch.input("metadata.annotations"));
        var provider = only(plan, "pulumi:providers:kubernetes", "aks");
        assertTrue(patch.provider().startsWith(provider.urn() + "::"), patch.provider());
        assertEquals("true", String.valueOf(provider.input("enableServerSideApply")));
    }

    @Test
    void noneRegistersNoKubernetesObjectButKeepsCredentialAndRoles() {
        var plan = OfflineStack.plan(dir, stack(ADOPT, "", "none"));

        assertEquals(List.of(), plan.ofType(SERVICE_ACCOUNT_TYPE));
        assertEquals(List.of(), plan.ofType("kubernetes:core/v1:ServiceAccountPatch"));
        assertEquals(
                "system:serviceaccount:akeyless:gateway",
                only(plan, CREDENTIAL_TYPE, "gateway-wid-fic-akeyless-gateway").input("subject"));
        assertEquals(1, plan.ofType(ROLE_ASSIGNMENT_TYPE).size());
    }

    @Test
    void eachModeLogsWhatItDoesToTheCluster() {
        var create = OfflineStack.plan(dir, stack(CREATE, "", "create"));
        var adopt = OfflineStack.plan(dir, stack(ADOPT, "", "create"));

        assertTrue(
                create.log()
                        .contains(
                                "info: cluster aks-test (create): creates the cluster aks-test with"
                                    + " the OIDC issuer and workload identity on; destroy deletes"
                                    + " it"),
                create.log().toString());
        assertTrue(
                adopt.log()
                        .contains(
                                "info: cluster aks-platform (adopt): imports the existing cluster,"
                                        + " turns on its OIDC issuer and workload identity, leaves"
                                        + " every other setting alone, and is never deleted by"
                                        + " destroy"),
                adopt.log().toString());
    }
}
