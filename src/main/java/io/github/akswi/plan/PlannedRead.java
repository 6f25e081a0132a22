package io.github.akswi.plan;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One function call of the program: a read of something in Azure that the stack does not own.
 *
 * @param token the function token, such as {@code azure-native:containerservice:getManagedCluster}
 * @param args the call's arguments
 */
public record PlannedRead(String token, Map<String, Object> args) {

    public PlannedRead {
        // a TreeMap keeps the null values a call may carry, which Map.copyOf refuses
        args = Collections.unmodifiableMap(new TreeMap<>(args));
    }

    /** The value of an argument as text, or null when absent. */
    public String arg(String name) {
        var value = args.get(name);
        return value == null ? null : value.toString();
    }
}
