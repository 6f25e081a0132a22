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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        var vaults = readVaults(ctx, settings, subscriptionRead);
        var subscription =
                await(subscriptionRead, "the deployment's subscription (is az login done?)");

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
        vaults.forEach(
                (vault, vaultRead) ->
                        checkRbac(
                                vault,
                                await(
                                        vaultRead,
                                        "vault "
                                                + vault.name()
                                                + " in resource group "
                                                + vault.resourceGroup()),
                                problems));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        warnAboutRoles(ctx, settings);
        return new Preflight(
                subscription, cluster.mode() == ClusterMode.LOOKUP ? read : Optional.empty());
    }

    /** The read's result, or a one-line error naming what could not be read and why. */
    private static <T> T await(CompletableFuture<T> read, String what) {
        try {
            return read.join();
        } catch (CompletionException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            throw new RunException("could not read " + what + ": " + cause.getMessage());
        }
    }

    /**
     * Starts one read per distinct vault. Vaults in the deployment's own subscription are read
     * through the default provider at once, alongside the subscription read; only a vault that
     * names a subscription waits for it, to know whether it needs a provider of its own.
     */
    private static Map<KeyVaultSettings, CompletableFuture<GetVaultResult>> readVaults(
            Context ctx, StackSettings settings, CompletableFuture<String> subscriptionRead) {
        var checked = new ArrayList<KeyVaultSettings>();
        for (var identity : settings.identities()) {
            for (var vault : identity.keyVaults()) {
                if (vault.skipRbacCheck()) {
                    ctx.log()
                            .info(
                                    "vault "
                                            + vault.name()
                                            + ": permission model not checked (skipRbacCheck); its"
                                            + " role assignments do nothing if it uses access"
                                            + " policies");
                } else {
                    checked.add(vault);
                }
            }
        }

        var ownReads = new LinkedHashMap<String, CompletableFuture<GetVaultResult>>();
        var byVault = new LinkedHashMap<KeyVaultSettings, CompletableFuture<GetVaultResult>>();
        for (var vault : checked) {
            if (vault.subscription().isEmpty()) {
                byVault.putIfAbsent(vault, ownRead(ownReads, vault));
            }
        }
        if (checked.stream().allMatch(vault -> vault.subscription().isEmpty())) {
            return byVault;
        }

        var subscription =
                await(subscriptionRead, "the deployment's subscription (is az login done?)");
        var otherReads = new LinkedHashMap<String, CompletableFuture<GetVaultResult>>();
        var providers = new LinkedHashMap<String, Provider>();
        for (var vault : checked) {
            var vaultSubscription = vault.subscription().orElse(subscription);
            if (vaultSubscription.equalsIgnoreCase(subscription)) {
                byVault.putIfAbsent(vault, ownRead(ownReads, vault));
                continue;
            }
            var provider =
                    providers.computeIfAbsent(
                            vaultSubscription.toLowerCase(), Preflight::subscriptionProvider);
            var read =
                    otherReads.computeIfAbsent(
                            vault.resourceId(subscription).toLowerCase(),
                            id -> AzureReads.vault(vault.resourceGroup(), vault.name(), provider));
            byVault.putIfAbsent(vault, read);
        }
        return byVault;
    }

    /** The provider for vaults in another subscription than the deployment's. */
    private static Provider subscriptionProvider(String subscription) {
        return new Provider(
                "azure-" + subscription,
                ProviderArgs.builder().subscriptionId(subscription).build());
    }

    /** The read of a vault in the deployment's subscription, shared by every identity naming it. */
    private static CompletableFuture<GetVaultResult> ownRead(
            Map<String, CompletableFuture<GetVaultResult>> reads, KeyVaultSettings vault) {
        var key = (vault.resourceGroup() + "/" + vault.name()).toLowerCase();
        return reads.computeIfAbsent(
                key, k -> AzureReads.vault(vault.resourceGroup(), vault.name(), null));
    }

    /**
     * Pulumi imports a resource only when the declared inputs match it, so an adopted cluster whose
     * features are off cannot be imported with them on; say so before the import fails.
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
                                + ". If this stack has not adopted the cluster yet, Pulumi's import"
                                + " stops with 'inputs to import do not match the existing"
                                + " resource': run az aks update --resource-group "
                                + cluster.resourceGroup()
                                + " --name "
                                + cluster.name()
                                + " --enable-oidc-issuer --enable-workload-identity first. If it"
                                + " has, this update turns them back on.");
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
