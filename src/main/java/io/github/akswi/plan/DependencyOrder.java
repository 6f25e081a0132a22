package io.github.akswi.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Orders registrations so that parents and dependencies come first, with ties broken by URN: the
 * same stack always prints in the same order, whatever order the SDK's threads registered it in.
 */
final class DependencyOrder {

    private DependencyOrder() {}

    static List<PlannedResource> sort(List<PlannedResource> resources) {
        var byUrn = new HashMap<String, PlannedResource>();
        resources.forEach(r -> byUrn.put(r.urn(), r));
        var waitingOn = new HashMap<String, Integer>();
        var dependents = new HashMap<String, List<String>>();
        for (var resource : resources) {
            var before = new HashSet<>(resource.dependsOn());
            if (resource.parent() != null) {
                before.add(resource.parent());
            }
            if (resource.provider() != null) {
                before.add(resource.providerUrn());
            }
            before.retainAll(byUrn.keySet());
            waitingOn.put(resource.urn(), before.size());
            before.forEach(
                    urn ->
                            dependents
                                    .computeIfAbsent(urn, k -> new ArrayList<>())
                                    .add(resource.urn()));
        }
        var ready = new PriorityQueue<String>(Comparator.naturalOrder());
        waitingOn.forEach(
                (urn, count) -> {
                    if (count == 0) {
                        ready.add(urn);
                    }
                });
        var ordered = new ArrayList<PlannedResource>(resources.size());
        while (!ready.isEmpty()) {
            var urn = ready.poll();
            ordered.add(byUrn.get(urn));
            for (var next : dependents.getOrDefault(urn, List.of())) {
                if (waitingOn.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return ordered;
    }
}
