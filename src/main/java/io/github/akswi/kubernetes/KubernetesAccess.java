package io.github.akswi.kubernetes;

import com.pulumi.Context;
import com.pulumi.azurenative.containerservice.ContainerserviceFunctions;
import com.pulumi.azurenative.containerservice.inputs.ListManagedClusterAdminCredentialsArgs;
import com.pulumi.azurenative.containerservice.inputs.ListManagedClusterUserCredentialsArgs;
import com.pulumi.azurenative.containerservice.outputs.CredentialResultResponse;
import com.pulumi.core.Output;
import com.pulumi.exceptions.RunException;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;

import io.github.akswi.azure.Cluster;
import io.github.akswi.config.KubernetesSettings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The explicit Kubernetes provider every Kubernetes object of the stack names, so objects land on
 * the stack's cluster whatever the deployer's current kubeconfig context is.
 */
public final class KubernetesAccess {

    /** Logical name of the provider. */
    public static final String PROVIDER_NAME = "aks";

    private KubernetesAccess() {}

    /** A provider built from the configured credentials. */
    public static Provider provider(Context ctx, KubernetesSettings settings, Cluster cluster) {
        // ServiceAccountPatch needs server-side apply; stated although version 4 defaults to it
        var args = ProviderArgs.builder().enableServerSideApply(true);
        switch (settings.credentials()) {
            case CLUSTER_ADMIN:
                ctx.log()
                        .info("kubernetes: cluster-admin credentials read from Azure, kept secret");
                args.kubeconfig(kubeconfig(adminCredentials(cluster)));
                break;
            case CLUSTER_USER:
                ctx.log().info("kubernetes: cluster-user credentials read from Azure, kept secret");
                args.kubeconfig(kubeconfig(userCredentials(cluster)));
                break;
            case AMBIENT:
            default:
                var context = settings.context();
                ctx.log()
                        .info(
                                "kubernetes: the deployer's kubeconfig, context "
                                        + context.orElse("(current)"));
                context.ifPresent(args::context);
                break;
        }
        return new Provider(PROVIDER_NAME, args.build());
    }

    private static Output<List<CredentialResultResponse>> adminCredentials(Cluster cluster) {
        var args =
                ListManagedClusterAdminCredentialsArgs.builder()
                        .resourceGroupName(cluster.resourceGroup())
                        .resourceName(cluster.name())
                        .build();
        return ContainerserviceFunctions.listManagedClusterAdminCredentials(args)
                .applyValue(result -> result.kubeconfigs());
    }

    private static Output<List<CredentialResultResponse>> userCredentials(Cluster cluster) {
        var args =
                ListManagedClusterUserCredentialsArgs.builder()
                        .resourceGroupName(cluster.resourceGroup())
                        .resourceName(cluster.name())
                        .build();
        return ContainerserviceFunctions.listManagedClusterUserCredentials(args)
                .applyValue(result -> result.kubeconfigs());
    }

    /** The first kubeconfig Azure returned, decoded, as a secret. */
    private static Output<String> kubeconfig(Output<List<CredentialResultResponse>> kubeconfigs) {
        return kubeconfigs.applyValue(KubernetesAccess::firstDecoded).asSecret();
    }

    private static String firstDecoded(List<CredentialResultResponse> kubeconfigs) {
        var first =
                kubeconfigs.stream()
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new RunException(
                                                "Azure returned no kubeconfig for the cluster"));
        return new String(Base64.getDecoder().decode(first.value()), StandardCharsets.UTF_8);
    }
}
