package io.github.akswi.config;

import java.util.Optional;

/** How the stack reaches the cluster's Kubernetes API. */
public record KubernetesSettings(KubernetesCredentials credentials, Optional<String> context) {

    /**
     * The default for a cluster mode: a cluster the stack creates is reached with its own admin
     * kubeconfig.
     */
    static KubernetesSettings defaultFor(ClusterMode mode) {
        return new KubernetesSettings(
                mode == ClusterMode.CREATE
                        ? KubernetesCredentials.CLUSTER_ADMIN
                        : KubernetesCredentials.AMBIENT,
                Optional.empty());
    }
}
