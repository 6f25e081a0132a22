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
        var args = ProviderArgs.builder();
        switch (settings.credentials()) {
            case CLUSTER_ADMIN:
                ctx.log()
                        .info("kubernetes: cluster-admin credentials read from Azure, kept secret");
                args.kubeconfig(
                        kubeconfig(
                                ContainerserviceFunctions.listManagedClusterAdminCredentials(
                                                ListManagedClusterAdminCredentialsArgs.builder()
                                                        .resourceGroupName(cluster.resourceGroup())
                                                        .resourceName(cluster.name())
                                                        .build())
                                        .applyValue(result -> result.kubeconfigs())));
                break;
            case CLUSTER_USER:
                ctx.log().info("kubernetes: cluster-user credentials read from Azure, kept secret");
                args.kubeconfig(
                        kubeconfig(
                                ContainerserviceFunctions.listManagedClusterUserCredentials(
                                                ListManagedClusterUserCredentialsArgs.builder()
                                                        .resourceGroupName(cluster.resourceGroup())
                                                        .resourceName(cluster.name())
                                                        .build())
                                        .applyValue(result -> result.kubeconfigs())));
                break;
            case AMBIENT:
            default:
                ctx.log()
                        .info(
                                "kubernetes: the deployer's kubeconfig, context "
                                        + settings.context().orElse("(current)"));
                settings.context().ifPresent(args::context);
                break;
        }
        return new Provider(PROVIDER_NAME, args.build());
    }

    /** The first kubeconfig Azure returned, decoded, as a secret. */
    private static Output<String> kubeconfig(Output<List<CredentialResultResponse>> kubeconfigs) {
        return kubeconfigs
                .applyValue(
                        list ->
                                list.stream()
                                        .findFirst()
                                        .map(
                                                credential ->
                                                        new String(
                                                                Base64.getDecoder()
                                                                        .decode(credential.value()),
                                                                StandardCharsets.UTF_8))
                                        .orElseThrow(
                                                () ->
                                                        new RunException(
                                                                "Azure returned no kubeconfig for"
                                                                    + " the cluster")))
                .asSecret();
    }
}
