package io.github.akswi.config;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The AKS cluster the identities federate with.
 *
 * <p>The create-only keys ({@code kubernetesVersion}, {@code nodeCount}, {@code nodeVmSize},
 * {@code location}, {@code dnsPrefix}) are empty in the other modes.
 */
public record ClusterSettings(
        ClusterMode mode,
        String resourceGroup,
        String name,
        Optional<String> location,
        Optional<String> kubernetesVersion,
        OptionalInt nodeCount,
        Optional<String> nodeVmSize,
        Optional<String> dnsPrefix) {

    /** Default number of nodes in the system pool of a created cluster. */
    public static final int DEFAULT_NODE_COUNT = 1;

    /** Azure resource id of the cluster in the given subscription. */
    public String resourceId(String subscriptionId) {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.ContainerService/managedClusters/" + name;
    }
}
