package io.github.akswi.plan;

import java.util.List;
import java.util.Map;

/**
 * One resource registration as the engine received it.
 *
 * @param parent the parent's URN, null for the stack itself
 * @param provider the provider reference ({@code urn::id}), null for the default provider
 * @param inputs the registered inputs; secrets as {@link Plan#SECRET}
 * @param outputs what the offline engine returned for the resource
 * @param dependsOn every URN the engine is told this resource depends on
 * @param importId the id to import, null when the resource is created
 */
public record PlannedResource(
        String urn,
        String type,
        String name,
        String parent,
        boolean custom,
        String provider,
        Map<String, Object> inputs,
        Map<String, Object> outputs,
        List<String> dependsOn,
        boolean protect,
        boolean retainOnDelete,
        String importId,
        List<String> ignoreChanges) {

    private static final String PROVIDER_PREFIX = "pulumi:providers:";

    public PlannedResource {
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        outputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outputs));
        dependsOn = List.copyOf(dependsOn);
        ignoreChanges = List.copyOf(ignoreChanges);
    }

    /**
     * The last part of the type ({@code ManagedCluster}, {@code ServiceAccount}); for a provider,
     * {@code Provider} and its package ({@code Provider kubernetes}).
     */
    public String kind() {
        if (type.startsWith(PROVIDER_PREFIX)) {
            return "Provider " + type.substring(PROVIDER_PREFIX.length());
        }
        return type.substring(type.lastIndexOf(':') + 1);
    }

    /** The URN of the explicit provider this resource names, or null for the default one. */
    public String providerUrn() {
        if (provider == null) {
            return null;
        }
        // a provider reference is <urn>::<id>
        var at = provider.lastIndexOf("::");
        return at < 0 ? provider : provider.substring(0, at);
    }

    /** Whether this is a provider instance rather than something in Azure or the cluster. */
    public boolean isProvider() {
        return type.startsWith(PROVIDER_PREFIX);
    }

    /** The value at a dotted path of the inputs ({@code metadata.annotations}), or null. */
    public Object input(String path) {
        return Plan.at(inputs, path);
    }

    /** The value at a dotted path of the outputs, or null. */
    public Object output(String path) {
        return Plan.at(outputs, path);
    }
}
