package io.github.akswi.config;

import java.util.List;
import java.util.Optional;

/**
 * The whole stack configuration, parsed and validated.
 *
 * @param subscriptionId {@code azure-native:subscriptionId}, when the stack sets it
 * @param location {@code azure-native:location}, when the stack sets it
 */
public record StackSettings(
        ClusterSettings cluster,
        KubernetesSettings kubernetes,
        List<IdentitySettings> identities,
        Optional<String> subscriptionId,
        Optional<String> location) {

    public StackSettings {
        identities = List.copyOf(identities);
    }
}
