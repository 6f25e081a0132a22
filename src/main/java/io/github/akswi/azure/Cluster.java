package io.github.akswi.azure;

import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.core.Output;

import java.util.Optional;

/**
 * The cluster as the rest of the stack sees it.
 *
 * @param oidcIssuerUrl the issuer URL exactly as Azure returns it, trailing slash included
 * @param resource the registered cluster, empty in lookup mode
 * @param resourceGroup the cluster's resource group, an output of the cluster when it is registered
 * @param name the cluster's name, an output of the cluster when it is registered
 */
public record Cluster(
        Output<String> oidcIssuerUrl,
        Optional<ManagedCluster> resource,
        Output<String> resourceGroup,
        Output<String> name) {}
