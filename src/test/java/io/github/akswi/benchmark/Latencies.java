package io.github.akswi.benchmark;

import java.util.Map;

/**
 * Simulated Azure and Kubernetes response times, in milliseconds, by Pulumi resource type and for
 * every function call. Types not listed (components, providers) cost nothing: the engine registers
 * them without calling a cloud.
 *
 * @param byType milliseconds per resource type token
 * @param call milliseconds per function call (getClientConfig, getVault, ...)
 */
record Latencies(Map<String, Long> byType, long call) {

    static final String CLUSTER = "azure-native:containerservice:ManagedCluster";
    static final String IDENTITY = "azure-native:managedidentity:UserAssignedIdentity";
    static final String CREDENTIAL = "azure-native:managedidentity:FederatedIdentityCredential";
    static final String ROLE_ASSIGNMENT = "azure-native:authorization:RoleAssignment";
    static final String SERVICE_ACCOUNT = "kubernetes:core/v1:ServiceAccount";
    static final String SERVICE_ACCOUNT_PATCH = "kubernetes:core/v1:ServiceAccountPatch";
    static final String NAMESPACE = "kubernetes:core/v1:Namespace";

    /** Scaled down from Azure's usual order of magnitude so one run takes seconds. */
    static Latencies standard() {
        return new Latencies(
                Map.of(
                        CLUSTER, 3000L,
                        IDENTITY, 400L,
                        CREDENTIAL, 100L,
                        ROLE_ASSIGNMENT, 150L,
                        SERVICE_ACCOUNT, 20L,
                        SERVICE_ACCOUNT_PATCH, 20L,
                        NAMESPACE, 20L),
                50L);
    }

    /** Every latency zero, for warming up the JIT without waiting. */
    static Latencies none() {
        return new Latencies(Map.of(), 0L);
    }

    long of(String type) {
        return byType.getOrDefault(type, 0L);
    }

    /** The numbers as one output line's key=value pairs. */
    String describe() {
        return "cluster="
                + of(CLUSTER)
                + "ms identity="
                + of(IDENTITY)
                + "ms credential="
                + of(CREDENTIAL)
                + "ms roleAssignment="
                + of(ROLE_ASSIGNMENT)
                + "ms kubernetesObject="
                + of(SERVICE_ACCOUNT)
                + "ms call="
                + call
                + "ms other=0ms";
    }
}
