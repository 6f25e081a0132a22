package io.github.akswi.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the stack relates to the AKS cluster whose OIDC issuer the identities trust. */
public enum ClusterMode {
    /** The stack creates the cluster and deletes it on destroy. */
    CREATE,
    /** The stack imports an existing cluster, turns the features on, and never deletes it. */
    ADOPT,
    /** The stack only reads a cluster that someone else owns. */
    LOOKUP;

    /** The spelling used in stack configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ClusterMode> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.configName().equals(value)).findFirst();
    }

    static String accepted() {
        return Arrays.stream(values())
                .map(ClusterMode::configName)
                .collect(Collectors.joining(" | "));
    }
}
