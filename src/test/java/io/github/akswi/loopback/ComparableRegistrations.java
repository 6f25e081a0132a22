package io.github.akswi.loopback;

import io.github.akswi.plan.Plan;
import io.github.akswi.plan.PlannedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the loopback engine's registrations and the offline plan's side by side: the same fields,
 * engine-form URNs, secrets as {@link Plan#SECRET}, sorted by URN. Outputs are left out: they are
 * the engines' answers, not what the program asked for.
 */
public final class ComparableRegistrations {

    private ComparableRegistrations() {
    }

    /** What the program sent the loopback engine. */
    public static List<PlannedResource> fromLoopback(List<Registration> registrations) {
        return registrations.stream().map(ComparableRegistrations::fromLoopback)
                .sorted(Comparator.comparing(PlannedResource::urn)).toList();
    }

    private static PlannedResource fromLoopback(Registration registration) {
        var request = registration.request();
        return new PlannedResource(registration.urn(), request.getType(), request.getName(),
                blankToNull(request.getParent()), request.getCustom(),
                blankToNull(request.getProvider()),
                WireValues.toMap(request.getObject(), WireValues.Mode.DISPLAY), Map.of(),
                request.getDependenciesList().stream().sorted().toList(), request.getProtect(),
                request.getRetainOnDelete(), blankToNull(request.getImportId()),
                request.getIgnoreChangesList());
    }

    /** What the program sent the SDK's test engine, with its URNs in the engine's form. */
    public static List<PlannedResource> fromPlan(Plan plan) {
        return plan.resources().stream().map(ComparableRegistrations::fromPlan)
                .sorted(Comparator.comparing(PlannedResource::urn)).toList();
    }

    private static PlannedResource fromPlan(PlannedResource planned) {
        @SuppressWarnings("unchecked")
        var inputs = (Map<String, Object>) engineForm(planned.inputs());
        return new PlannedResource(urn(planned.urn()), planned.type(), planned.name(),
                urn(planned.parent()), planned.custom(), urn(planned.provider()), inputs, Map.of(),
                planned.dependsOn().stream().map(EngineUrns::fromTestMonitor).sorted().toList(),
                planned.protect(), planned.retainOnDelete(), planned.importId(),
                planned.ignoreChanges());
    }

    private static String urn(String text) {
        return text == null ? null : EngineUrns.fromTestMonitor(text);
    }

    /** Every string in a value with URNs in the engine's form (inputs may hold references). */
    private static Object engineForm(Object value) {
        if (value instanceof String text) {
            return EngineUrns.fromTestMonitor(text);
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), engineForm(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<Object>();
            list.forEach(item -> copy.add(engineForm(item)));
            return copy;
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
