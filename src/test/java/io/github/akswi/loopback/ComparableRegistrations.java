package io.github.akswi.loopback;

import io.github.akswi.plan.Plan;
import io.github.akswi.plan.PlannedResource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Puts the loopback engine's registrations and the offline plan's side by side: the same fields,
 * secrets as {@link Plan#SECRET}, sorted by URN. Outputs are left out: they are the engines'
 * answers, not what the program asked for.
 */
public final class ComparableRegistrations {

    private ComparableRegistrations() {}

    /** What the program sent the loopback engine. */
    public static List<PlannedResource> fromLoopback(List<Registration> registrations) {
        return registrations.stream()
                .map(ComparableRegistrations::fromLoopback)
                .sorted(Comparator.comparing(PlannedResource::urn))
                .toList();
    }

    private static PlannedResource fromLoopback(Registration registration) {
        var request = registration.request();
        return new PlannedResource(
                registration.urn(),
                request.getType(),
                request.getName(),
                blankToNull(request.getParent()),
                request.getCustom(),
                blankToNull(request.getProvider()),
                WireValues.toMap(request.getObject(), WireValues.Mode.DISPLAY),
                Map.of(),
                request.getDependenciesList().stream().sorted().toList(),
                request.getProtect(),
                request.getRetainOnDelete(),
                blankToNull(request.getImportId()),
                request.getIgnoreChangesList());
    }

    /** What the program sent the offline plan's engine, untouched but for outputs. */
    public static List<PlannedResource> fromPlan(Plan plan) {
        return plan.resources().stream()
                .map(ComparableRegistrations::fromPlan)
                .sorted(Comparator.comparing(PlannedResource::urn))
                .toList();
    }

    private static PlannedResource fromPlan(PlannedResource planned) {
        return new PlannedResource(
                planned.urn(),
                planned.type(),
                planned.name(),
                planned.parent(),
                planned.custom(),
                planned.provider(),
                planned.inputs(),
                Map.of(),
                planned.dependsOn(),
                planned.protect(),
                planned.retainOnDelete(),
                planned.importId(),
                planned.ignoreChanges());
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
