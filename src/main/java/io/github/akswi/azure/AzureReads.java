package io.github.akswi.azure;

import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.containerservice.ContainerserviceFunctions;
import com.pulumi.azurenative.containerservice.inputs.GetManagedClusterPlainArgs;
import com.pulumi.azurenative.containerservice.outputs.GetManagedClusterResult;
import com.pulumi.azurenative.keyvault.KeyvaultFunctions;
import com.pulumi.azurenative.keyvault.inputs.GetVaultPlainArgs;
import com.pulumi.azurenative.keyvault.outputs.GetVaultResult;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ProviderResource;

import java.util.concurrent.CompletableFuture;

/** The reads from Azure the program needs as plain values before it declares anything. */
public final class AzureReads {

    /** Function token of the cluster read, for tests that answer it differently. */
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
                GetManagedClusterPlainArgs.builder()
                        .resourceGroupName(resourceGroup)
                        .resourceName(name)
                        .build();
        return ContainerserviceFunctions.getManagedClusterPlain(args);
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
