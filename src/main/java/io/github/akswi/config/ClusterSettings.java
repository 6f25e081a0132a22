package io.github.akswi.config;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The AKS cluster the identities federate with.
 *
 * <p>The create-only keys ({@code kubernetesVersion}, {@code nodeCount}, {@code nodeVmSize}, {@code
 * location}, {@code dnsPrefix}) are empty in the other modes.
 *
 * @param name the configured name, also the cluster's Pulumi logical name
 * @param azureName the cluster's name in Azure: the configured name, with the stack's {@link
 *     NameSuffix} when the stack creates the cluster
 */
public record ClusterSettings(
        ClusterMode mode,
        String resourceGroup,
        String name,
        String azureName,
        Optional<String> location,
        Optional<String> kubernetesVersion,
        OptionalInt nodeCount,
        Optional<String> nodeVmSize,
        Optional<String> dnsPrefix) {

    /** Default number of nodes in the system pool of a created cluster. */
    public static final int DEFAULT_NODE_COUNT = 1;

    /** Azure resource id of the cluster in the given subscription. */
    public String resourceId(String subscriptionId) {
        return "/subscriptions/"
                + subscriptionId
                + "/resourceGroups/"
                + resourceGroup
                + "/providers/Microsoft.ContainerService/managedClusters/"
                + azureName;
    }
}
