package io.github.akswi.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine would be asked to register for one stack, in dependency order.
 *
 * @param outputs the stack outputs; secrets as {@link #SECRET}
 * @param placeholders values the offline engine invented where Azure would answer
 * @param log messages the program logged, prefixed with their severity
 * @param reads the function calls the program made, such as the read of a looked-up cluster
 */
public record Plan(
        String project,
        String stack,
        List<PlannedResource> resources,
        Map<String, Object> outputs,
        Set<String> placeholders,
        List<String> log,
        List<PlannedRead> reads) {

    /** How a secret value prints. */
    public static final String SECRET = "[secret]";

    /** How a value the engine does not know yet prints. */
    public static final String UNKNOWN = "[unknown]";

    public Plan {
        resources = List.copyOf(resources);
        placeholders = Set.copyOf(placeholders);
        log = List.copyOf(log);
        reads = List.copyOf(reads);
    }

    /** Every read of a function token. */
    public List<PlannedRead> readsOf(String token) {
        return reads.stream().filter(read -> read.token().equals(token)).toList();
    }

    /** Every resource of a type. */
    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The resource with this logical name and type. */
    public Optional<PlannedResource> find(String type, String name) {
        return resources.stream()
                .filter(r -> r.type().equals(type) && r.name().equals(name))
                .findFirst();
    }

    /** The resource with this URN. */
    public Optional<PlannedResource> byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst();
    }

    /** Whether a value contains something the offline engine made up. */
    public boolean isPlaceholder(Object value) {
        if (value == null) {
            return false;
        }
        var text = value.toString();
        return placeholders.stream().anyMatch(text::contains);
    }

    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> values, String path) {
        Object current = values;
        for (var part : path.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(part);
        }
        return current;
    }
}
