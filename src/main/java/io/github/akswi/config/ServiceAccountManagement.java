package io.github.akswi.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who owns the Kubernetes ServiceAccount object that a federated credential trusts. */
public enum ServiceAccountManagement {
    /** This stack creates the ServiceAccount with its annotations. */
    CREATE,
    /** Something else (a Helm chart) creates it; this stack only owns the annotations. */
    PATCH,
    /** This stack touches no Kubernetes object for it. */
    NONE;

    /** The spelling used in stack configuration. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ServiceAccountManagement> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.configName().equals(value)).findFirst();
    }

    static String accepted() {
        return Arrays.stream(values())
                .map(ServiceAccountManagement::configName)
                .collect(Collectors.joining(" | "));
    }
}
