package io.github.akswi.azure;

import com.pulumi.azurenative.Utilities;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.containerservice.inputs.GetManagedClusterArgs;
import com.pulumi.azurenative.containerservice.outputs.GetManagedClusterResult;
import com.pulumi.azurenative.keyvault.KeyvaultFunctions;
import com.pulumi.azurenative.keyvault.inputs.GetVaultPlainArgs;
import com.pulumi.azurenative.keyvault.outputs.GetVaultResult;
import com.pulumi.core.TypeShape;
import com.pulumi.deployment.Deployment;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ProviderResource;

import java.util.concurrent.CompletableFuture;

/** The reads from Azure the program needs as plain values before it declares anything. */
public final class AzureReads {

    /** Function token of the cluster read; 2.10.0 has no plain variant of it. */
    public static final String GET_MANAGED_CLUSTER =
            "azure-native:containerservice:getManagedCluster";

    private AzureReads() {}

    /** The subscription the azure-native provider deploys to. */
    public static CompletableFuture<String> currentSubscription() {
        return AuthorizationFunctions.getClientConfigPlain()
                .thenApply(config -> config.subscriptionId());
    }

    /** The cluster as Azure describes it now. */
    public static CompletableFuture<GetManagedClusterResult> managedCluster(
            String resourceGroup, String name) {
        var args =
                GetManagedClusterArgs.builder()
                        .resourceGroupName(resourceGroup)
                        .resourceName(name)
                        .build();
        return Deployment.getInstance()
                .invokeAsync(
                        GET_MANAGED_CLUSTER,
                        TypeShape.of(GetManagedClusterResult.class),
                        args,
                        Utilities.withVersion(InvokeOptions.Empty));
    }

    /**
     * A vault as Azure describes it now, read through the given provider (null for the default).
     */
    public static CompletableFuture<GetVaultResult> vault(
            String resourceGroup, String name, ProviderResource provider) {
        var args =
                GetVaultPlainArgs.builder()
                        .resourceGroupName(resourceGroup)
                        .vaultName(name)
                        .build();
        var options =
                provider == null ? InvokeOptions.Empty : new InvokeOptions(null, provider, null);
        return KeyvaultFunctions.getVaultPlain(args, options);
    }
}
