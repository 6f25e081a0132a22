package io.github.akswi.benchmark;

import io.github.akswi.config.ClusterMode;
import io.github.akswi.config.IdentitySettings;
import io.github.akswi.config.KubernetesCredentials;
import io.github.akswi.config.ServiceAccountManagement;
import io.github.akswi.config.StackSettings;

import java.util.HashSet;
import java.util.Locale;

/**
 * The shortest and the longest a deployment of the settings can take, from the latencies and
 * Azure's ordering rules alone, never from the program's own dependency graph:
 *
 * <ul>
 *   <li>every preflight read precedes the first write, and the reads are independent;
 *   <li>an identity's federated credentials need the cluster's issuer and the identity, and Azure
 *       accepts them one at a time per identity;
 *   <li>role assignments and service accounts need the identity;
 *   <li>Kubernetes objects need the cluster's credentials when the stack reads them from Azure.
 * </ul>
 *
 * @param bound milliseconds of the longest chain of operations that must follow each other
 * @param sequential milliseconds of all operations one after another, as a runbook runs them
 */
record CriticalPath(long bound, long sequential) {

    static CriticalPath of(StackSettings settings, Latencies latencies) {
        var reads = preflightReads(settings);
        var preflight = reads > 0 ? latencies.call() : 0;
        var clusterWrite =
                settings.cluster().mode() == ClusterMode.LOOKUP
                        ? 0
                        : latencies.of(Latencies.CLUSTER);
        var ambient = settings.kubernetes().credentials() == KubernetesCredentials.AMBIENT;
        var credentialsRead = ambient ? 0 : latencies.call();
        // a kubeconfig read from Azure exists once the cluster does
        var kubernetesReady = credentialsRead == 0 ? 0 : clusterWrite + credentialsRead;

        long longest = preflight + clusterWrite;
        long sequential = reads * latencies.call() + clusterWrite + credentialsRead;
        for (var identity : settings.identities()) {
            var created = latencies.of(Latencies.IDENTITY);
            var credentials =
                    identity.serviceAccounts().size() * latencies.of(Latencies.CREDENTIAL);
            var roles = roleAssignments(identity) * latencies.of(Latencies.ROLE_ASSIGNMENT);
            var objects = kubernetesObjects(identity) * latencies.of(Latencies.SERVICE_ACCOUNT);

            var credentialChain = Math.max(clusterWrite, created) + credentials;
            var roleChain = roles > 0 ? created + latencies.of(Latencies.ROLE_ASSIGNMENT) : 0;
            var objectChain =
                    objects > 0
                            ? Math.max(created, kubernetesReady)
                                    + latencies.of(Latencies.SERVICE_ACCOUNT)
                            : 0;
            longest =
                    Math.max(
                            longest,
                            preflight
                                    + Math.max(credentialChain, Math.max(roleChain, objectChain)));
            sequential += created + credentials + roles + objects;
        }
        return new CriticalPath(longest, sequential);
    }

    /** getClientConfig, getManagedCluster and one getVault per distinct checked vault. */
    private static int preflightReads(StackSettings settings) {
        int reads = settings.subscriptionId().isPresent() ? 0 : 1;
        reads += settings.cluster().mode() == ClusterMode.LOOKUP ? 1 : 0;
        var vaults = new HashSet<String>();
        for (var identity : settings.identities()) {
            for (var vault : identity.keyVaults()) {
                if (!vault.skipRbacCheck()) {
                    vaults.add(
                            (vault.subscription().orElse("")
                                            + "/"
                                            + vault.resourceGroup()
                                            + "/"
                                            + vault.name())
                                    .toLowerCase(Locale.ROOT));
                }
            }
        }
        return reads + vaults.size();
    }

    private static int roleAssignments(IdentitySettings identity) {
        return identity.keyVaults().stream().mapToInt(vault -> vault.roles().size()).sum();
    }

    private static long kubernetesObjects(IdentitySettings identity) {
        return identity.serviceAccounts().stream()
                .filter(account -> account.manage() != ServiceAccountManagement.NONE)
                .count();
    }
}
