package io.github.akswi.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code cluster} and {@code kubernetes}. */
final class ClusterReader {
    private static final Set<String> CLUSTER_KEYS =
            Set.of(
                    "mode",
                    "resourceGroup",
                    "name",
                    "location",
                    "kubernetesVersion",
                    "nodeCount",
                    "nodeVmSize",
                    "dnsPrefix");
    private static final List<String> CREATE_ONLY_KEYS =
            List.of("location", "kubernetesVersion", "nodeCount", "nodeVmSize", "dnsPrefix");
    private static final Set<String> KUBERNETES_KEYS = Set.of("credentials", "context");

    private final Problems problems;
    private final NameChecks names;

    ClusterReader(Problems problems, NameChecks names) {
        this.problems = problems;
        this.names = names;
    }

    /** The cluster, or empty when a key it cannot do without is missing or wrong. */
    Optional<ClusterSettings> cluster(ConfigNode root) {
        var node = root.asObject(CLUSTER_KEYS);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var cluster = node.get();
        var modeText = cluster.requiredString("mode", "expected one of " + ClusterMode.accepted());
        var mode = modeText.flatMap(ClusterMode::parse);
        if (modeText.isPresent() && mode.isEmpty()) {
            problems.invalid(
                    "cluster.mode", modeText.get(), "expected one of " + ClusterMode.accepted());
        }
        var resourceGroup =
                cluster.requiredString("resourceGroup", NameRules.RESOURCE_GROUP.accepted());
        resourceGroup.ifPresent(
                v -> names.check("cluster.resourceGroup", v, NameRules.RESOURCE_GROUP));
        var name = cluster.requiredString("name", NameRules.CLUSTER.accepted());
        name.ifPresent(v -> names.check("cluster.name", v, NameRules.CLUSTER));

        var location = cluster.string("location");
        location.ifPresent(v -> names.check("cluster.location", v, NameRules.LOCATION));
        var version = cluster.string("kubernetesVersion");
        version.filter(v -> !v.matches("\\d+\\.\\d+(\\.\\d+)?"))
                .ifPresent(
                        v ->
                                problems.invalid(
                                        "cluster.kubernetesVersion",
                                        v,
                                        "expected a version such as 1.30 or 1.30.5"));
        var nodeCount =
                cluster.integer("nodeCount", "expected a whole number of nodes from 1 to 1000");
        if (nodeCount.isPresent() && (nodeCount.getAsInt() < 1 || nodeCount.getAsInt() > 1000)) {
            problems.invalid(
                    "cluster.nodeCount",
                    nodeCount.getAsInt(),
                    "expected a whole number of nodes from 1 to 1000");
        }
        var vmSize = cluster.string("nodeVmSize");
        vmSize.filter(v -> !v.matches("[A-Za-z0-9_]{3,64}"))
                .ifPresent(
                        v ->
                                problems.invalid(
                                        "cluster.nodeVmSize",
                                        v,
                                        "expected a VM size such as Standard_D2s_v5"));
        var dnsPrefix = cluster.string("dnsPrefix");
        dnsPrefix.ifPresent(v -> names.check("cluster.dnsPrefix", v, NameRules.DNS_PREFIX));

        if (mode.isPresent() && mode.get() != ClusterMode.CREATE) {
            for (var key : CREATE_ONLY_KEYS) {
                cluster.member(key)
                        .ifPresent(
                                extra ->
                                        problems.add(
                                                extra.path(),
                                                "applies only to mode create; this stack's mode is "
                                                        + mode.get().configName()));
            }
        }
        if (mode.isEmpty() || resourceGroup.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        // only a cluster the stack creates is named by it; the other modes name an existing one
        var azureName =
                mode.get() == ClusterMode.CREATE
                        ? names.azureName("cluster.name", name.get(), NameRules.CLUSTER)
                        : name.get();
        return Optional.of(
                new ClusterSettings(
                        mode.get(),
                        resourceGroup.get(),
                        name.get(),
                        azureName,
                        location,
                        version,
                        nodeCount,
                        vmSize,
                        dnsPrefix));
    }

    /** The Kubernetes credentials; empty when the key is absent or unusable. */
    Optional<KubernetesSettings> kubernetes(ConfigNode root, Optional<ClusterMode> mode) {
        var node = root.asObject(KUBERNETES_KEYS);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var credentialsText = node.get().string("credentials");
        var credentials = credentialsText.flatMap(KubernetesCredentials::parse);
        if (credentialsText.isPresent() && credentials.isEmpty()) {
            problems.invalid(
                    "kubernetes.credentials",
                    credentialsText.get(),
                    "expected one of " + KubernetesCredentials.accepted());
            return Optional.empty();
        }
        var chosen =
                credentials.orElse(
                        KubernetesSettings.defaultFor(mode.orElse(ClusterMode.ADOPT))
                                .credentials());
        var context = node.get().string("context");
        if (context.isPresent() && chosen != KubernetesCredentials.AMBIENT) {
            problems.add(
                    "kubernetes.context",
                    "applies only to credentials ambient; these credentials are "
                            + chosen.configName());
        }
        if (chosen == KubernetesCredentials.AMBIENT && mode.orElse(null) == ClusterMode.CREATE) {
            // the deployer's kubeconfig cannot name a cluster that this run creates
            problems.invalid(
                    "kubernetes.credentials",
                    chosen.configName(),
                    "mode create makes a new cluster, which no kubeconfig reaches before it exists:"
                            + " use cluster-admin (the default in mode create) or cluster-user");
            return Optional.empty();
        }
        return Optional.of(new KubernetesSettings(chosen, context));
    }
}
