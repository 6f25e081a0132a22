package io.github.akswi.config;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.List;
import java.util.Optional;

/**
 * Reads the stack configuration into {@link StackSettings}, checking all of it before anything is
 * declared and reporting every problem at once.
 */
public final class SettingsReader {

    /** The project's configuration namespace. */
    public static final String NAMESPACE = "aks-workload-identity";

    /** Azure allows at most this many federated identity credentials on one identity. */
    public static final int MAX_FEDERATED_CREDENTIALS = 20;

    private final Problems problems = new Problems();
    private final NameChecks names;
    private final ClusterReader clusters;
    private final IdentityReader identities;

    private SettingsReader(String stackName) {
        this.names = new NameChecks(problems, stackName);
        this.clusters = new ClusterReader(problems, names);
        this.identities = new IdentityReader(problems, names);
    }

    /**
     * Parses and validates the configuration.
     *
     * @param stackName the stack's name, which {@code nameSuffix} may put into Azure names
     * @throws ConfigurationException listing every problem, one line each
     */
    public static StackSettings read(ConfigSource source, String stackName) {
        var reader = new SettingsReader(stackName);
        var settings = reader.parse(source);
        if (!reader.problems.isEmpty()) {
            throw new ConfigurationException(reader.problems.lines());
        }
        return settings;
    }

    private StackSettings parse(ConfigSource source) {
        var subscriptionId = source.get("azure-native", "subscriptionId");
        subscriptionId.ifPresent(
                id -> names.check("azure-native:subscriptionId", id, NameRules.SUBSCRIPTION));
        var location = source.get("azure-native", "location");
        source.get(NAMESPACE, "nameSuffix").ifPresent(names::nameSuffix);

        var cluster = json(source, "cluster").flatMap(clusters::cluster);
        var kubernetes =
                json(source, "kubernetes")
                        .flatMap(
                                node ->
                                        clusters.kubernetes(
                                                node, cluster.map(ClusterSettings::mode)));
        var identityList =
                json(source, "identities")
                        .map(node -> identities.identities(node, cluster))
                        .orElse(List.of());

        if (source.get(NAMESPACE, "cluster").isEmpty()) {
            problems.missing(
                    "cluster",
                    "expected a map with mode ("
                            + ClusterMode.accepted()
                            + "), resourceGroup and name");
        }
        if (source.get(NAMESPACE, "identities").isEmpty()) {
            problems.missing("identities", "expected a list of at least one identity");
        }
        if (cluster.isEmpty() || !problems.isEmpty()) {
            return null;
        }
        return new StackSettings(
                cluster.get(),
                kubernetes.orElse(KubernetesSettings.defaultFor(cluster.get().mode())),
                identityList,
                subscriptionId,
                location,
                names.suffix());
    }

    private Optional<ConfigNode> json(ConfigSource source, String key) {
        return source.get(NAMESPACE, key)
                .flatMap(
                        text -> {
                            try {
                                return Optional.of(
                                        new ConfigNode(
                                                key, JsonParser.parseString(text), problems));
                            } catch (JsonParseException e) {
                                problems.invalid(
                                        key,
                                        text,
                                        "expected structured YAML (a map or a list), as in"
                                                + " Pulumi.dev.yaml");
                                return Optional.empty();
                            }
                        });
    }
}
