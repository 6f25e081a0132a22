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
        for (var account : accounts) {
            if (!seenAccounts.add(account.qualifiedName())) {
                problems.invalid(
                        paths.get(account),
                        account.qualifiedName(),
                        "this service account is already listed on identity " + identity);
                // its derived credential name clashes too; one line per mistake is enough
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
            var key =
                    vault.subscription().orElse("")
                            + "/"
                            + vault.resourceGroup()
                            + "/"
                            + vault.name();
            if (!seenVaults.add(key.toLowerCase(Locale.ROOT))) {
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

    /** Identity names, and service accounts claimed by two identities. */
    void acrossIdentities(List<IdentitySettings> identities) {
        var seenNames = new HashMap<String, String>();
        var owners = new HashMap<String, String>();
        for (var identity : identities) {
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
}
