package io.github.akswi.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks that compare parsed entries with each other: a service account, credential, vault or
 * role listed twice, an identity name used twice, one service account annotated by two identities,
 * and Azure's limit of federated credentials per identity.
 */
final class UniquenessChecks {
    private final Problems problems;
    private final Map<Object, String> paths;

    /**
     * @param paths where each parsed entry was configured, for the problem lines
     */
    UniquenessChecks(Problems problems, Map<Object, String> paths) {
        this.problems = problems;
        this.paths = paths;
    }

    /** Service accounts and credential names of one identity, and their number. */
    void serviceAccounts(String path, String identity, List<ServiceAccountSettings> accounts) {
        var seenAccounts = new HashSet<String>();
        var seenCredentials = new HashSet<String>();
        var resourceNames = new HashMap<String, String>();
        for (var account : accounts) {
            if (!seenAccounts.add(account.qualifiedName())) {
                problems.invalid(
                        paths.get(account),
                        account.qualifiedName(),
                        "this service account is already listed on identity " + identity);
                // its derived credential name clashes too; one line per mistake is enough
                continue;
            }
            // resources are named <identity>-fic-<namespace>-<name>, which '-' can make ambiguous
            var resourceName = account.namespace() + "-" + account.name();
            var other = resourceNames.putIfAbsent(resourceName, account.qualifiedName());
            if (other != null) {
                problems.invalid(
                        paths.get(account),
                        account.qualifiedName(),
                        "its resources would have the names of "
                                + other
                                + "'s ("
                                + identity
                                + "-fic-"
                                + resourceName
                                + "); rename one of the two");
                continue;
            }
            if (!seenCredentials.add(account.federatedCredential())) {
                problems.invalid(
                        paths.get(account) + ".federatedCredential",
                        account.federatedCredential(),
                        "federated credential names must be unique on identity " + identity);
            }
        }
        if (accounts.size() > SettingsReader.MAX_FEDERATED_CREDENTIALS) {
            problems.add(
                    path + ".serviceAccounts",
                    "identity "
                            + identity
                            + " has "
                            + accounts.size()
                            + " service accounts; Azure allows at most "
                            + SettingsReader.MAX_FEDERATED_CREDENTIALS
                            + " federated credentials on one identity: split them across"
                            + " identities");
        }
    }

    /** Vaults of one identity, and the roles on each. */
    void vaults(List<KeyVaultSettings> vaults) {
        var seenVaults = new HashSet<String>();
        for (var vault : vaults) {
            // a vault name is unique across Azure: the same name is the same vault
            if (!seenVaults.add(vault.name().toLowerCase(Locale.ROOT))) {
                problems.invalid(
                        paths.get(vault) + ".name",
                        vault.name(),
                        "this vault is already listed on this identity: list its roles once");
            }
            var seenRoles = new HashSet<String>();
            for (var role : vault.roles()) {
                if (!seenRoles.add(role.definitionGuid())) {
                    problems.invalid(
                            paths.get(role),
                            role.displayName(),
                            "this role is already granted on vault "
                                    + vault.name()
                                    + ": list it once");
                }
            }
        }
    }

    /**
     * Identity names, service accounts claimed by two identities, and a vault named by two
     * identities in different places.
     */
    void acrossIdentities(List<IdentitySettings> identities) {
        var seenNames = new HashMap<String, String>();
        var owners = new HashMap<String, String>();
        var vaults = new HashMap<String, KeyVaultSettings>();
        for (var identity : identities) {
            for (var vault : identity.keyVaults()) {
                var first = vaults.putIfAbsent(vault.name().toLowerCase(Locale.ROOT), vault);
                // twice on one identity is reported by vaults()
                var sameIdentity = identity.keyVaults().stream().anyMatch(own -> own == first);
                if (first != null && !sameIdentity && !sameVault(first, vault)) {
                    problems.invalid(
                            paths.get(vault) + ".resourceGroup",
                            vault.resourceGroup(),
                            "vault "
                                    + vault.name()
                                    + " is listed at "
                                    + paths.get(first)
                                    + " in resource group "
                                    + first.resourceGroup()
                                    + first.subscription()
                                            .map(sub -> ", subscription " + sub)
                                            .orElse("")
                                    + "; a vault name is unique across Azure, so give the same"
                                    + " place");
                }
            }
            var first = seenNames.putIfAbsent(identity.name(), paths.get(identity));
            if (first != null) {
                problems.invalid(
                        paths.get(identity) + ".name",
                        identity.name(),
                        "identity names must be unique in a stack; " + first + " has it too");
            }
            for (var account : identity.serviceAccounts()) {
                if (account.manage() == ServiceAccountManagement.NONE) {
                    continue;
                }
                var owner = owners.putIfAbsent(account.qualifiedName(), identity.name());
                if (owner != null && !owner.equals(identity.name())) {
                    problems.invalid(
                            paths.get(account),
                            account.qualifiedName(),
                            "identity "
                                    + owner
                                    + " already annotates this service account (one client-id"
                                    + " annotation names one identity); use manage: none on one of"
                                    + " them");
                }
            }
        }
    }

    private static boolean sameVault(KeyVaultSettings one, KeyVaultSettings other) {
        return one.resourceGroup().equalsIgnoreCase(other.resourceGroup())
                && one.subscription()
                        .map(String::toLowerCase)
                        .equals(other.subscription().map(String::toLowerCase));
    }
}
