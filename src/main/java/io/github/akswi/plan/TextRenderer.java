package io.github.akswi.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plan as a table a person reads in a terminal. */
public final class TextRenderer {

    private static final Map<String, List<String>> KEY_INPUTS =
            Map.of(
                    "azure-native:containerservice:ManagedCluster",
                            List.of(
                                    "resourceGroupName",
                                    "resourceName",
                                    "location",
                                    "kubernetesVersion",
                                    "oidcIssuerProfile.enabled",
                                    "securityProfile.workloadIdentity.enabled"),
                    "azure-native:managedidentity:UserAssignedIdentity",
                            List.of("resourceGroupName", "resourceName", "location"),
                    "azure-native:managedidentity:FederatedIdentityCredential",
                            List.of(
                                    "resourceName",
                                    "federatedIdentityCredentialResourceName",
                                    "issuer",
                                    "subject",
                                    "audiences"),
                    "azure-native:authorization:RoleAssignment",
                            List.of(
                                    "scope",
                                    "roleDefinitionId",
                                    "principalId",
                                    "principalType",
                                    "roleAssignmentName"),
                    "kubernetes:core/v1:ServiceAccount",
                            List.of("metadata.namespace", "metadata.name", "metadata.annotations"),
                    "kubernetes:core/v1:ServiceAccountPatch",
                            List.of("metadata.namespace", "metadata.name", "metadata.annotations"),
                    "kubernetes:core/v1:Namespace", List.of("metadata.name"),
                    "pulumi:providers:kubernetes", List.of("kubeconfig", "context"),
                    "pulumi:providers:azure-native", List.of("subscriptionId"));

    private TextRenderer() {}

    /** The plan as a table, ending with what {@code pulumi destroy} would do. */
    public static String render(Plan plan) {
        var out = new StringBuilder();
        out.append("Plan of stack ")
                .append(plan.stack())
                .append(" (project ")
                .append(plan.project())
                .append("): ")
                .append(plan.resources().size())
                .append(" registrations\n");
        for (var resource : plan.resources()) {
            out.append('\n')
                    .append(resource.type())
                    .append("  ")
                    .append(resource.name())
                    .append('\n');
            for (var key : KEY_INPUTS.getOrDefault(resource.type(), List.of())) {
                var value = resource.input(key);
                if (value != null) {
                    out.append("    ")
                            .append(key)
                            .append(" = ")
                            .append(value)
                            .append(plan.isPlaceholder(value) ? "   (placeholder)" : "")
                            .append('\n');
                }
            }
            if (!resource.dependsOn().isEmpty()) {
                out.append("    depends on: ")
                        .append(
                                String.join(
                                        ", ",
                                        resource.dependsOn().stream()
                                                .map(TextRenderer::shortName)
                                                .toList()))
                        .append('\n');
            }
            var options = options(resource);
            if (!options.isEmpty()) {
                out.append("    options: ").append(options).append('\n');
            }
        }
        if (!plan.outputs().isEmpty()) {
            out.append("\nStack outputs\n");
            plan.outputs()
                    .forEach(
                            (name, value) ->
                                    out.append("    ")
                                            .append(name)
                                            .append(" = ")
                                            .append(value)
                                            .append(
                                                    plan.isPlaceholder(value)
                                                            ? "   (placeholder)"
                                                            : "")
                                            .append('\n'));
        }
        if (!plan.log().isEmpty()) {
            out.append("\nProgram log\n");
            plan.log().forEach(line -> out.append("    ").append(line).append('\n'));
        }
        destroy(out, DestroySummary.of(plan));
        return out.toString();
    }

    private static void destroy(StringBuilder out, DestroySummary summary) {
        out.append("\nWhat `pulumi destroy` would do\n");
        section(out, "deletes", summary.deletes());
        section(out, "leaves in place", summary.leaves());
        section(out, "never owned, so leaves as it is", summary.neverOwned());
    }

    private static void section(
            StringBuilder out, String title, List<DestroySummary.Entry> entries) {
        out.append("  ").append(title).append('\n');
        if (entries.isEmpty()) {
            out.append("    (nothing)\n");
        }
        for (var entry : entries) {
            out.append("    ").append(entry.kind()).append("  ").append(entry.name());
            if (!entry.why().isEmpty()) {
                out.append("   (").append(entry.why()).append(')');
            }
            out.append('\n');
        }
    }

    private static String options(PlannedResource resource) {
        var parts = new ArrayList<String>();
        if (resource.importId() != null) {
            parts.add("import " + resource.importId());
        }
        if (resource.retainOnDelete()) {
            parts.add("retainOnDelete");
        }
        if (resource.protect()) {
            parts.add("protect");
        }
        if (!resource.ignoreChanges().isEmpty()) {
            parts.add("ignoreChanges on " + resource.ignoreChanges().size() + " inputs");
        }
        if (resource.provider() != null) {
            parts.add("provider " + shortName(resource.providerUrn()));
        }
        return String.join(", ", parts);
    }

    /** The last part of a URN, the resource's logical name. */
    static String shortName(String urn) {
        var at = urn.lastIndexOf("::");
        return at < 0 ? urn : urn.substring(at + 2);
    }
}
