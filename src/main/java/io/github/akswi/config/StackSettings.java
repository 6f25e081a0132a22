package io.github.akswi.config;

import java.util.List;
import java.util.Optional;

/**
 * The whole stack configuration, parsed and validated.
 *
 * @param subscriptionId {@code azure-native:subscriptionId}, when the stack sets it
 * @param location {@code azure-native:location}, when the stack sets it
 * @param nameSuffix what the stack appends to the Azure names it creates
 */
public record StackSettings(
        ClusterSettings cluster,
        KubernetesSettings kubernetes,
        List<IdentitySettings> identities,
        Optional<String> subscriptionId,
        Optional<String> location,
        NameSuffix nameSuffix) {

    public StackSettings {
        identities = List.copyOf(identities);
    }
}
