package io.github.akswi.config;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the stack configuration into {@link StackSettings}, checking all of it before anything is
 * declared and reporting every problem at once.
 */
public final class SettingsReader {

    /** The project's configuration namespace. */
    public static final String NAMESPACE = "aks-workload-identity";

    /** Azure allows at most this many federated identity credentials on one identity. */
    public static final int MAX_FEDERATED_CREDENTIALS = 20;

    static final int MIN_TOKEN_EXPIRATION = 3600;
    static final int MAX_TOKEN_EXPIRATION = 86400;

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
    private static final Set<String> IDENTITY_KEYS =
            Set.of("name", "resourceGroup", "location", "protect", "serviceAccounts", "keyVaults");
    private static final Set<String> SERVICE_ACCOUNT_KEYS =
            Set.of("namespace", "name", "federatedCredential", "tokenExpiration", "manage");
    private static final Set<String> KEY_VAULT_KEYS =
            Set.of("name", "resourceGroup", "subscription", "roles", "skipRbacCheck");

    private final Problems problems = new Problems();
    // where each parsed entry was configured: skipped entries shift list positions
    private final Map<Object, String> paths = new IdentityHashMap<>();
    private final UniquenessChecks unique = new UniquenessChecks(problems, paths);
    private final String stackName;
    private NameSuffix suffix = NameSuffix.NONE;

    private SettingsReader(String stackName) {
        this.stackName = stackName;
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
                id -> check("azure-native:subscriptionId", id, NameRules.SUBSCRIPTION));
        var location = source.get("azure-native", "location");
        source.get(NAMESPACE, "nameSuffix").ifPresent(this::nameSuffix);

        var cluster = json(source, "cluster").flatMap(this::cluster);
        var kubernetes =
                json(source, "kubernetes")
                        .flatMap(node -> kubernetes(node, cluster.map(ClusterSettings::mode)));
        var identities =
                json(source, "identities").map(node -> identities(node, cluster)).orElse(List.of());

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
                identities,
                subscriptionId,
                location,
                suffix);
    }

    private void nameSuffix(String template) {
        if (!NameSuffix.isValidTemplate(template)) {
            problems.invalid("nameSuffix", template, NameSuffix.ACCEPTED);
            return;
        }
        suffix = NameSuffix.of(template, stackName);
    }

    /** The Azure name for a configured name, reporting a suffixed name that Azure would refuse. */
    private String azureName(String path, String name, NameRules rule) {
        var azure = suffix.apply(name);
        if (suffix.isSet() && rule.matches(name) && !rule.matches(azure)) {
            problems.add(
                    path,
                    Problems.quote(name)
                            + " with nameSuffix "
                            + Problems.quote(suffix.template())
                            + " on stack "
                            + stackName
                            + " gives the Azure name "
                            + Problems.quote(azure)
                            + " ("
                            + azure.length()
                            + " characters), which is not valid; "
                            + rule.accepted()
                            + "; change the name, the stack name or nameSuffix");
        }
        return azure;
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

    private Optional<ClusterSettings> cluster(ConfigNode root) {
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
        resourceGroup.ifPresent(v -> check("cluster.resourceGroup", v, NameRules.RESOURCE_GROUP));
        var name = cluster.requiredString("name", NameRules.CLUSTER.accepted());
        name.ifPresent(v -> check("cluster.name", v, NameRules.CLUSTER));

        var location = cluster.string("location");
        location.ifPresent(v -> check("cluster.location", v, NameRules.LOCATION));
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
                    "expected a whole number of nodes from 1" + " to 1000");
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
        dnsPrefix.ifPresent(v -> check("cluster.dnsPrefix", v, NameRules.DNS_PREFIX));

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
                        ? azureName("cluster.name", name.get(), NameRules.CLUSTER)
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

    private Optional<KubernetesSettings> kubernetes(ConfigNode root, Optional<ClusterMode> mode) {
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
        return Optional.of(new KubernetesSettings(chosen, context));
    }

    private List<IdentitySettings> identities(ConfigNode root, Optional<ClusterSettings> cluster) {
        var items = root.asList();
        if (items.isEmpty()) {
            problems.add("identities", "the list is empty; expected at least one identity");
        }
        var identities = new ArrayList<IdentitySettings>();
        for (var item : items) {
            identity(item, cluster).map(found -> at(item, found)).ifPresent(identities::add);
        }
        unique.acrossIdentities(identities);
        return identities;
    }

    private Optional<IdentitySettings> identity(
            ConfigNode item, Optional<ClusterSettings> cluster) {
        var node = item.asObject(IDENTITY_KEYS);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var identity = node.get();
        var path = identity.path();
        var name = identity.requiredString("name", NameRules.IDENTITY.accepted());
        name.ifPresent(v -> check(path + ".name", v, NameRules.IDENTITY));
        var resourceGroup = identity.string("resourceGroup");
        resourceGroup.ifPresent(v -> check(path + ".resourceGroup", v, NameRules.RESOURCE_GROUP));
        var location = identity.string("location");
        location.ifPresent(v -> check(path + ".location", v, NameRules.LOCATION));
        var protect = identity.flag("protect");

        var serviceAccounts = new ArrayList<ServiceAccountSettings>();
        var accountNodes =
                identity.requiredList(
                        "serviceAccounts",
                        "expected a list of at least one"
                                + " service account (namespace and name)");
        for (var account : accountNodes) {
            serviceAccount(account)
                    .map(found -> at(account, found))
                    .ifPresent(serviceAccounts::add);
        }
        unique.serviceAccounts(path, name.orElse("?"), serviceAccounts);

        var groupForVaults = resourceGroup.or(() -> cluster.map(ClusterSettings::resourceGroup));
        var keyVaults = new ArrayList<KeyVaultSettings>();
        for (var vault : identity.list("keyVaults")) {
            keyVault(vault, groupForVaults)
                    .map(found -> at(vault, found))
                    .ifPresent(keyVaults::add);
        }
        unique.vaults(keyVaults);

        var group = resourceGroup.or(() -> cluster.map(ClusterSettings::resourceGroup));
        if (name.isEmpty() || group.isEmpty()) {
            return Optional.empty();
        }
        var azureName = azureName(path + ".name", name.get(), NameRules.IDENTITY);
        return Optional.of(
                new IdentitySettings(
                        name.get(),
                        azureName,
                        group.get(),
                        location,
                        protect,
                        serviceAccounts,
                        keyVaults));
    }

    private Optional<ServiceAccountSettings> serviceAccount(ConfigNode item) {
        var node = item.asObject(SERVICE_ACCOUNT_KEYS);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var account = node.get();
        var path = account.path();
        var namespace = account.requiredString("namespace", NameRules.NAMESPACE.accepted());
        namespace.ifPresent(v -> check(path + ".namespace", v, NameRules.NAMESPACE));
        var name = account.requiredString("name", NameRules.SERVICE_ACCOUNT.accepted());
        name.ifPresent(v -> check(path + ".name", v, NameRules.SERVICE_ACCOUNT));
        var credential = account.string("federatedCredential");
        credential.ifPresent(
                v -> check(path + ".federatedCredential", v, NameRules.FEDERATED_CREDENTIAL));

        var expirationRule =
                "expected whole seconds from "
                        + MIN_TOKEN_EXPIRATION
                        + " to "
                        + MAX_TOKEN_EXPIRATION;
        var expiration = account.integer("tokenExpiration", expirationRule);
        if (expiration.isPresent()
                && (expiration.getAsInt() < MIN_TOKEN_EXPIRATION
                        || expiration.getAsInt() > MAX_TOKEN_EXPIRATION)) {
            problems.invalid(path + ".tokenExpiration", expiration.getAsInt(), expirationRule);
            expiration = OptionalInt.empty();
        }

        var manageText = account.string("manage");
        var manage = manageText.map(v -> ServiceAccountManagement.parse(v).orElse(null));
        if (manageText.isPresent() && manage.isEmpty()) {
            problems.invalid(
                    path + ".manage",
                    manageText.get(),
                    "expected one of " + ServiceAccountManagement.accepted());
        }
        if (namespace.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        var credentialName =
                azureName(
                        path + ".federatedCredential",
                        credential.orElse(defaultCredentialName(namespace.get(), name.get())),
                        NameRules.FEDERATED_CREDENTIAL);
        return Optional.of(
                new ServiceAccountSettings(
                        namespace.get(),
                        name.get(),
                        credentialName,
                        expiration,
                        manage.orElse(ServiceAccountManagement.CREATE)));
    }

    /** {@code <namespace>-<name>} with the characters a credential name refuses replaced. */
    static String defaultCredentialName(String namespace, String name) {
        var derived = (namespace + "-" + name).replace('.', '-');
        return derived.length() <= 120 ? derived : derived.substring(0, 120);
    }

    private Optional<KeyVaultSettings> keyVault(ConfigNode item, Optional<String> defaultGroup) {
        var node = item.asObject(KEY_VAULT_KEYS);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var vault = node.get();
        var path = vault.path();
        var name = vault.requiredString("name", NameRules.KEY_VAULT.accepted());
        name.ifPresent(v -> check(path + ".name", v, NameRules.KEY_VAULT));
        var resourceGroup = vault.string("resourceGroup");
        resourceGroup.ifPresent(v -> check(path + ".resourceGroup", v, NameRules.RESOURCE_GROUP));
        var subscription = vault.string("subscription");
        subscription.ifPresent(v -> check(path + ".subscription", v, NameRules.SUBSCRIPTION));

        var roles = new ArrayList<KeyVaultRole>();
        var roleNodes =
                vault.requiredList(
                        "roles",
                        "expected a list of at least one role, by name ("
                                + KeyVaultRoles.knownNames()
                                + "), role GUID or role definition id");
        for (var roleNode : roleNodes) {
            roleNode.asString()
                    .ifPresent(
                            text -> {
                                var role = KeyVaultRoles.parse(text);
                                if (role.isEmpty()) {
                                    problems.invalid(
                                            roleNode.path(),
                                            text,
                                            "expected a built-in role name ("
                                                    + KeyVaultRoles.knownNames()
                                                    + "), a role GUID or a role definition id");
                                }
                                role.map(found -> at(roleNode, found)).ifPresent(roles::add);
                            });
        }
        var skipRbacCheck = vault.flag("skipRbacCheck");
        var group = resourceGroup.or(() -> defaultGroup);
        if (name.isEmpty() || group.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new KeyVaultSettings(name.get(), group.get(), subscription, roles, skipRbacCheck));
    }

    /** Remembers where a parsed entry was configured, for checks that compare entries later. */
    private <T> T at(ConfigNode node, T parsed) {
        paths.put(parsed, node.path());
        return parsed;
    }

    private void check(String path, String value, NameRules rule) {
        if (!rule.matches(value)) {
            problems.invalid(path, value, rule.accepted());
        }
    }
}
