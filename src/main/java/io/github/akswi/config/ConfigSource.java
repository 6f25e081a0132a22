package io.github.akswi.config;

import com.pulumi.Context;

import java.util.Map;
import java.util.Optional;

/**
 * Raw stack configuration: full keys ({@code namespace:key}) to the strings Pulumi hands a program.
 */
@FunctionalInterface
public interface ConfigSource {

    /** The raw value of a key; structured values arrive as JSON text. */
    Optional<String> get(String namespace, String key);

    /** Configuration as a running Pulumi program sees it. */
    static ConfigSource of(Context ctx) {
        return (namespace, key) -> ctx.config(namespace).get(key);
    }

    /** Configuration from a map of full keys, as the offline plan builds it. */
    static ConfigSource of(Map<String, String> values) {
        return (namespace, key) -> Optional.ofNullable(values.get(namespace + ":" + key));
    }
}
