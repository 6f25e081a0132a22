package io.github.akswi.config;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads {@code identities}: each identity, its service accounts and its vaults. */
final class IdentityReader {
    static final int MIN_TOKEN_EXPIRATION = 3600;
    static final int MAX_TOKEN_EXPIRATION = 86400;
    static final int MAX_CREDENTIAL_NAME = 120;

    private static final Set<String> IDENTITY_KEYS =
            Set.of("name", "resourceGroup", "location", "protect", "serviceAccounts", "keyVaults");
    private static final Set<String> SERVICE_ACCOUNT_KEYS =
            Set.of("namespace", "name", "federatedCredential", "tokenExpiration", "manage");
    private static final Set<String> KEY_VAULT_KEYS =
            Set.of("name", "resourceGroup", "subscription", "roles", "skipRbacCheck");

    private final Problems problems;
    private final NameChecks names;
    // where each parsed entry was configured: skipped entries shift list positions
    private final Map<Object, String> paths;
    private final UniquenessChecks unique;

    IdentityReader(Problems problems, NameChecks names) {
        this.problems = problems;
        this.names = names;
        this.paths = new IdentityHashMap<>();
        this.unique = new UniquenessChecks(problems, paths);
    }

    /** Every identity that could be read, after checking them against each other. */
    List<IdentitySettings> identities(ConfigNode root, Optional<ClusterSettings> cluster) {
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
        name.ifPresent(v -> names.check(path + ".name", v, NameRules.IDENTITY));
        var resourceGroup = identity.string("resourceGroup");
        resourceGroup.ifPresent(
                v -> names.check(path + ".resourceGroup", v, NameRules.RESOURCE_GROUP));
        var location = identity.string("location");
        location.ifPresent(v -> names.check(path + ".location", v, NameRules.LOCATION));
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
        var azureName = names.azureName(path + ".name", name.get(), NameRules.IDENTITY);
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
        namespace.ifPresent(v -> names.check(path + ".namespace", v, NameRules.NAMESPACE));
        var name = account.requiredString("name", NameRules.SERVICE_ACCOUNT.accepted());
        name.ifPresent(v -> names.check(path + ".name", v, NameRules.SERVICE_ACCOUNT));
        var credential = account.string("federatedCredential");
        credential.ifPresent(
                v -> names.check(path + ".federatedCredential", v, NameRules.FEDERATED_CREDENTIAL));

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
                names.azureName(
                        path + ".federatedCredential",
                        credential.orElseGet(
                                () ->
                                        defaultCredentialName(
                                                namespace.get(),
                                                name.get(),
                                                MAX_CREDENTIAL_NAME
                                                        - names.suffix().value().length())),
                        NameRules.FEDERATED_CREDENTIAL);
        return Optional.of(
                new ServiceAccountSettings(
                        namespace.get(),
                        name.get(),
                        credentialName,
                        expiration,
                        manage.orElse(ServiceAccountManagement.CREATE)));
    }

    /**
     * {@code <namespace>-<name>} with the characters a credential name refuses replaced, cut to
     * leave room for a name suffix.
     */
    static String defaultCredentialName(String namespace, String name, int maxLength) {
        var derived = (namespace + "-" + name).replace('.', '-');
        // a suffix too long for any name is reported on the suffixed name, not here
        var length = Math.max(3, maxLength);
        return derived.length() <= length ? derived : derived.substring(0, length);
    }

    private Optional<KeyVaultSettings> keyVault(ConfigNode item, Optional<String> defaultGroup) {
        var node = item.asObject(KEY_VAULT_KEYS);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var vault = node.get();
        var path = vault.path();
        var name = vault.requiredString("name", NameRules.KEY_VAULT.accepted());
        name.ifPresent(v -> names.check(path + ".name", v, NameRules.KEY_VAULT));
        var resourceGroup = vault.string("resourceGroup");
        resourceGroup.ifPresent(
                v -> names.check(path + ".resourceGroup", v, NameRules.RESOURCE_GROUP));
        var subscription = vault.string("subscription");
        subscription.ifPresent(v -> names.check(path + ".subscription", v, NameRules.SUBSCRIPTION));

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
}
