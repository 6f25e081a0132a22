package io.github.akswi.azure;

import com.pulumi.Context;
import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.containerservice.outputs.GetManagedClusterResult;
import com.pulumi.azurenative.containerservice.outputs.ManagedClusterOIDCIssuerProfileResponse;
import com.pulumi.azurenative.containerservice.outputs.ManagedClusterSecurityProfileResponse;
import com.pulumi.azurenative.containerservice.outputs.ManagedClusterSecurityProfileWorkloadIdentityResponse;
import com.pulumi.azurenative.keyvault.outputs.GetVaultResult;
import com.pulumi.azurenative.keyvault.outputs.VaultPropertiesResponse;
import com.pulumi.exceptions.RunException;

import io.github.akswi.config.ClusterMode;
import io.github.akswi.config.ClusterSettings;
import io.github.akswi.config.ConfigurationException;
import io.github.akswi.config.KeyVaultRoles;
import io.github.akswi.config.KeyVaultSettings;
import io.github.akswi.config.StackSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Everything read from Azure before the first resource is declared: the subscription, the cluster
 * (unless the stack creates it), and the permission model of each vault. Reads run concurrently; a
 * cluster or vault that cannot work stops the program with one line per problem.
 *
 * @param subscriptionId the subscription the deployment runs in
 * @param lookedUpCluster the cluster as read, in lookup mode only
 */
public record Preflight(String subscriptionId, Optional<GetManagedClusterResult> lookedUpCluster) {

    /** Reads and checks; throws {@link ConfigurationException} when the stack cannot work. */
    public static Preflight run(Context ctx, StackSettings settings) {
        var cluster = settings.cluster();
        var clusterRead =
                cluster.mode() == ClusterMode.CREATE
                        ? CompletableFuture.completedFuture(
                                Optional.<GetManagedClusterResult>empty())
                        : AzureReads.managedCluster(cluster.resourceGroup(), cluster.name())
                                .thenApply(Optional::of);
        var subscriptionRead =
                settings.subscriptionId()
                        .map(CompletableFuture::completedFuture)
                        .orElseGet(AzureReads::currentSubscription);
        var vaults = vaultsToCheck(ctx, settings);
        var reads = new LinkedHashMap<KeyVaultSettings, CompletableFuture<GetVaultResult>>();
        vaults.stream()
                .filter(vault -> vault.subscription().isEmpty())
                .forEach(vault -> reads.put(vault, readDefault(vault)));
        var subscription = await(subscriptionRead, "the deployment's subscription (az login)");
        vaults.stream()
                .filter(vault -> inSubscription(vault, subscription) && !reads.containsKey(vault))
                .forEach(vault -> reads.put(vault, readDefault(vault)));

        var problems = new ArrayList<String>();
        var read =
                await(
                        clusterRead,
                        "cluster "
                                + cluster.name()
                                + " in resource group "
                                + cluster.resourceGroup());
        read.ifPresent(
                found -> {
                    if (cluster.mode() == ClusterMode.LOOKUP) {
                        checkClusterFeatures(cluster, found, problems);
                    } else {
                        warnBeforeImport(ctx, cluster, found);
                    }
                });
        checkVaults(reads, problems);

        // a vault in another subscription is read through a provider of its own, which is a
        // registered resource: only once every check that needs none has passed
        var elsewhere = new LinkedHashMap<KeyVaultSettings, CompletableFuture<GetVaultResult>>();
        var providers = new LinkedHashMap<String, Provider>();
        vaults.stream()
                .filter(vault -> !inSubscription(vault, subscription))
                .forEach(
                        vault ->
                                elsewhere.put(
                                        vault,
                                        AzureReads.vault(
                                                vault.resourceGroup(),
                                                vault.name(),
                                                providers.computeIfAbsent(
                                                        vault.subscription()
                                                                .orElseThrow()
                                                                .toLowerCase(Locale.ROOT),
                                                        Preflight::subscriptionProvider))));
        checkVaults(elsewhere, problems);

        warnAboutRoles(ctx, settings);
        return new Preflight(
                subscription, cluster.mode() == ClusterMode.LOOKUP ? read : Optional.empty());
    }

    /**
     * The result of a read. The SDK calls the program on its common fork-join pool, where one
     * thread keeps polling its tasks; waiting through {@link ForkJoinPool#managedBlock} lets the
     * pool add a thread meanwhile, so the read's own completion is never starved.
     */
    private static <T> T await(CompletableFuture<T> read, String what) {
        try {
            ForkJoinPool.managedBlock(
                    new ForkJoinPool.ManagedBlocker() {
                        @Override
                        public boolean block() {
                            read.handle((value, error) -> null).join();
                            return true;
                        }

                        @Override
                        public boolean isReleasable() {
                            return read.isDone();
                        }
                    });
            return read.join();
        } catch (CompletionException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            throw new RunException("could not read " + what + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("interrupted while reading " + what);
        }
    }

    /** Each vault whose permission model is checked, once, by name (vault names are global). */
    private static List<KeyVaultSettings> vaultsToCheck(Context ctx, StackSettings settings) {
        var byName = new LinkedHashMap<String, KeyVaultSettings>();
        var skipped = new LinkedHashSet<String>();
        for (var identity : settings.identities()) {
            for (var vault : identity.keyVaults()) {
                var name = vault.name().toLowerCase(Locale.ROOT);
                if (vault.skipRbacCheck()) {
                    skipped.add(vault.name());
                } else {
                    byName.putIfAbsent(name, vault);
                }
            }
        }
        skipped.forEach(
                name ->
                        ctx.log()
                                .info(
                                        "vault "
                                                + name
                                                + ": permission model not checked (skipRbacCheck);"
                                                + " its role assignments do nothing if it uses"
                                                + " access policies"));
        return List.copyOf(byName.values());
    }

    private static boolean inSubscription(KeyVaultSettings vault, String subscription) {
        return vault.subscription().map(subscription::equalsIgnoreCase).orElse(true);
    }

    private static CompletableFuture<GetVaultResult> readDefault(KeyVaultSettings vault) {
        return AzureReads.vault(vault.resourceGroup(), vault.name(), null);
    }

    /** Checks every read vault; throws when any vault, or anything checked before, failed. */
    private static void checkVaults(
            Map<KeyVaultSettings, CompletableFuture<GetVaultResult>> reads, List<String> problems) {
        reads.forEach(
                (vault, read) ->
                        checkRbac(
                                vault,
                                await(
                                        read,
                                        "vault "
                                                + vault.name()
                                                + " in resource group "
                                                + vault.resourceGroup()),
                                problems));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    /** The provider for vaults in another subscription than the deployment's. */
    private static Provider subscriptionProvider(String subscription) {
        return new Provider(
                "azure-" + subscription,
                ProviderArgs.builder().subscriptionId(subscription).build());
    }

    /**
     * Pulumi CLIs before 3.174 import a resource only when the declared inputs match it, so an
     * adopted cluster whose features are off cannot be imported with them on; newer ones import and
     * then update it. Say which happens before the import runs.
     */
    private static void warnBeforeImport(
            Context ctx, ClusterSettings cluster, GetManagedClusterResult found) {
        var off = featuresOff(found);
        if (off.isEmpty()) {
            return;
        }
        ctx.log()
                .warn(
                        "cluster "
                                + cluster.name()
                                + ": "
                                + off.get()
                                + "; this update turns them on. Pulumi CLIs older than 3.174 cannot"
                                + " import a cluster in the same run and stop with 'inputs to"
                                + " import do not match the existing resource': upgrade the CLI, or"
                                + " run az aks update --resource-group "
                                + cluster.resourceGroup()
                                + " --name "
                                + cluster.name()
                                + " --enable-oidc-issuer --enable-workload-identity first");
    }

    /** What is off, or empty when both features are on. */
    private static Optional<String> featuresOff(GetManagedClusterResult found) {
        var issuerOn =
                found.oidcIssuerProfile()
                        .flatMap(ManagedClusterOIDCIssuerProfileResponse::enabled)
                        .orElse(false);
        var workloadIdentityOn =
                found.securityProfile()
                        .flatMap(ManagedClusterSecurityProfileResponse::workloadIdentity)
                        .flatMap(ManagedClusterSecurityProfileWorkloadIdentityResponse::enabled)
                        .orElse(false);
        if (issuerOn && workloadIdentityOn) {
            return Optional.empty();
        }
        return Optional.of(
                !issuerOn && !workloadIdentityOn
                        ? "its OIDC issuer and workload identity are off"
                        : !issuerOn ? "its OIDC issuer is off" : "its workload identity is off");
    }

    private static void checkClusterFeatures(
            ClusterSettings cluster, GetManagedClusterResult found, List<String> problems) {
        var off = featuresOff(found);
        if (off.isEmpty()) {
            return;
        }
        problems.add(
                "cluster: cluster "
                        + cluster.name()
                        + " in resource group "
                        + cluster.resourceGroup()
                        + " cannot federate identities: "
                        + off.get()
                        + ", and mode lookup never changes the cluster. Either set cluster.mode to"
                        + " adopt so this stack turns them on, or run: az aks update"
                        + " --resource-group "
                        + cluster.resourceGroup()
                        + " --name "
                        + cluster.name()
                        + " --enable-oidc-issuer --enable-workload-identity");
    }

    private static void checkRbac(
            KeyVaultSettings vault, GetVaultResult read, List<String> problems) {
        var rbac =
                Optional.ofNullable(read.properties())
                        .flatMap(VaultPropertiesResponse::enableRbacAuthorization)
                        .orElse(false);
        if (rbac) {
            return;
        }
        problems.add(
                "keyVaults: vault "
                        + vault.name()
                        + " in resource group "
                        + vault.resourceGroup()
                        + " uses access policies (enableRbacAuthorization is false), so role"
                        + " assignments on it grant nothing. Switch it to the Azure RBAC permission"
                        + " model: az keyvault update --name "
                        + vault.name()
                        + " --resource-group "
                        + vault.resourceGroup()
                        + " --enable-rbac-authorization true (or set skipRbacCheck: true on the"
                        + " vault to skip this check)");
    }

    private static void warnAboutRoles(Context ctx, StackSettings settings) {
        for (var identity : settings.identities()) {
            for (var vault : identity.keyVaults()) {
                for (var role : vault.roles()) {
                    KeyVaultRoles.noDataAccess(role)
                            .ifPresent(
                                    gap ->
                                            ctx.log()
                                                    .warn(
                                                            "identity "
                                                                    + identity.name()
                                                                    + ", vault "
                                                                    + vault.name()
                                                                    + ": "
                                                                    + role.displayName()
                                                                    + " "
                                                                    + gap
                                                                    + "; add Key Vault Secrets User"
                                                                    + " or another data role if the"
                                                                    + " workload reads the vault"));
                }
            }
        }
    }
}
