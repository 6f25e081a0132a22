package io.github.akswi.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code pulumi destroy} would do to a planned stack: what it deletes, what it leaves in place
 * although the stack manages it, and what the stack uses but never owned. Components and provider
 * instances exist only in the stack's state and are left out.
 */
public record DestroySummary(List<Entry> deletes, List<Entry> leaves, List<Entry> neverOwned) {

    /** One thing in Azure or the cluster, and why it is in its list (empty when obvious). */
    public record Entry(String kind, String name, String why) {}

    static final String RETAINED = "retainOnDelete: destroy only removes it from the stack's state";
    static final String PROTECTED =
            "protected: destroy refuses it until protect: false is deployed or pulumi state"
                    + " unprotect is run";
    static final String PATCHED =
            "someone else created this ServiceAccount; destroy deletes only this stack's"
                    + " patch, which removes the annotations it applied";
    static final String LOOKED_UP =
            "read with getManagedCluster (cluster mode lookup), never registered";
    static final String VAULT =
            "only the scope of role assignments; destroy deletes the assignments";

    private static final String PATCH_TYPE = "kubernetes:core/v1:ServiceAccountPatch";
    private static final String CLUSTER_TYPE = "azure-native:containerservice:ManagedCluster";
    private static final String GET_CLUSTER = "azure-native:containerservice:getManagedCluster";
    private static final String ROLE_ASSIGNMENT = "azure-native:authorization:RoleAssignment";
    private static final Map<String, String> DELETION_NOTES =
            Map.of(
                    "azure-native:containerservice:ManagedCluster",
                            "Azure deletes its node resource group with it",
                    "kubernetes:core/v1:Namespace", "with everything in it");

    public DestroySummary {
        deletes = List.copyOf(deletes);
        leaves = List.copyOf(leaves);
        neverOwned = List.copyOf(neverOwned);
    }

    /** The summary for a plan. */
    public static DestroySummary of(Plan plan) {
        var deletes = new ArrayList<Entry>();
        var leaves = new ArrayList<Entry>();
        var neverOwned = new ArrayList<Entry>();
        for (var resource : plan.resources()) {
            if (!resource.custom() || resource.isProvider()) {
                continue;
            }
            var patch = resource.type().equals(PATCH_TYPE);
            if (patch) {
                neverOwned.add(new Entry("ServiceAccount", patchedObject(resource), PATCHED));
            }
            if (resource.protect()) {
                leaves.add(entry(resource, PROTECTED));
            } else if (resource.retainOnDelete()) {
                leaves.add(entry(resource, RETAINED));
            } else if (!patch) {
                deletes.add(entry(resource, DELETION_NOTES.getOrDefault(resource.type(), "")));
            }
        }
        for (var read : plan.readsOf(GET_CLUSTER)) {
            // an adopted cluster is read before it is imported; only a cluster never registered is
            // foreign
            var name = read.arg("resourceName");
            var registered =
                    plan.ofType(CLUSTER_TYPE).stream()
                            .anyMatch(cluster -> name.equals(cluster.input("resourceName")));
            if (!registered) {
                neverOwned.add(new Entry("ManagedCluster", name, LOOKED_UP));
            }
        }
        vaults(plan).forEach(name -> neverOwned.add(new Entry("Vault", name, VAULT)));
        return new DestroySummary(deletes, leaves, neverOwned);
    }

    private static Entry entry(PlannedResource resource, String why) {
        return new Entry(resource.kind(), resource.name(), why);
    }

    private static String patchedObject(PlannedResource resource) {
        return resource.input("metadata.namespace") + "/" + resource.input("metadata.name");
    }

    /** The vaults the role assignments are scoped to, once each, by name. */
    private static List<String> vaults(Plan plan) {
        var byId = new LinkedHashMap<String, String>();
        for (var assignment : plan.ofType(ROLE_ASSIGNMENT)) {
            var scope = String.valueOf(assignment.input("scope"));
            byId.putIfAbsent(
                    scope.toLowerCase(Locale.ROOT), scope.substring(scope.lastIndexOf('/') + 1));
        }
        return List.copyOf(byId.values());
    }
}
