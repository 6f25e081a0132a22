package io.github.akswi.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where the Kubernetes provider gets its credentials. */
public enum KubernetesCredentials {
    /** The cluster's admin kubeconfig, read from Azure. */
    CLUSTER_ADMIN,
    /** The cluster's user kubeconfig, read from Azure (Entra ID login for AAD clusters). */
    CLUSTER_USER,
    /** The deployer's own kubeconfig and context. */
    AMBIENT;

    /** The spelling used in stack configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<KubernetesCredentials> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.configName().equals(value)).findFirst();
    }

    static String accepted() {
        return Arrays.stream(values())
                .map(KubernetesCredentials::configName)
                .collect(Collectors.joining(" | "));
    }
}
