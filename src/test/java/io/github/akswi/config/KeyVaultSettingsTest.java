package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Key Vaults on an identity: names, roles, duplicates and the resource group default. */
class KeyVaultSettingsTest {
    private static final String VAULT_RULE =
            "expected 3-24 characters: letters, digits and '-', starting"
                    + " with a letter, ending with a letter or digit, without '--'";
    private static final String KNOWN_ROLES =
            "Key Vault Administrator, Key Vault Certificates Officer, Key Vault Certificate User,"
                + " Key Vault Contributor, Key Vault Crypto Officer, Key Vault Crypto Service"
                + " Encryption User, Key Vault Crypto User, Key Vault Data Access Administrator,"
                + " Key Vault Reader, Key Vault Secrets Officer, Key Vault Secrets User";

    @Test
    void missingVaultNameIsReported() {
        var stack = TestStack.valid().keyVaults("{'roles': ['Key Vault Secrets User']}");

        assertEquals(
                List.of("identities[0].keyVaults[0].name: required key is missing; " + VAULT_RULE),
                stack.problems());
    }

    @Test
    void missingRolesAreReportedWithTheKnownRoleNames() {
        var stack = TestStack.valid().keyVaults("{'name': 'kv-platform'}");

        assertEquals(
                List.of(
                        "identities[0].keyVaults[0].roles: required key is missing; expected a list"
                                + " of at least one role, by name ("
                                + KNOWN_ROLES
                                + "), role GUID or role definition id"),
                stack.problems());
    }

    @Test
    void vaultNameOfTwoCharactersIsRejected() {
        assertEquals(List.of(vaultProblem("kv")), withVaultNamed("kv").problems());
    }

    @Test
    void vaultNameOf25CharactersIsRejected() {
        var name = "k".repeat(25);

        assertEquals(List.of(vaultProblem(name)), withVaultNamed(name).problems());
    }

    @Test
    void vaultNameStartingWithDigitIsRejected() {
        assertEquals(
                List.of(vaultProblem("1kv-platform")), withVaultNamed("1kv-platform").problems());
    }

    @Test
    void vaultNameEndingWithHyphenIsRejected() {
        assertEquals(
                List.of(vaultProblem("kv-platform-")), withVaultNamed("kv-platform-").problems());
    }

    @Test
    void vaultNameWithDoubleHyphenIsRejected() {
        assertEquals(
                List.of(vaultProblem("kv--platform")), withVaultNamed("kv--platform").problems());
    }

    @Test
    void vaultNameWithUnderscoreIsRejected() {
        assertEquals(
                List.of(vaultProblem("kv_platform")), withVaultNamed("kv_platform").problems());
    }

    @Test
    void vaultNamesOf3And24CharactersAreAccepted() {
        var longest = "k" + "v".repeat(22) + "1";
        var stack =
                TestStack.valid()
                        .keyVaults(
                                "{'name': 'kv1', 'roles': ['Key Vault Reader']}",
                                "{'name': '" + longest + "', 'roles': ['Key Vault Reader']}");

        var vaults = stack.read().identities().get(0).keyVaults();

        assertEquals(List.of("kv1", longest), vaults.stream().map(KeyVaultSettings::name).toList());
    }

    @Test
    void unknownRoleIsRejectedWithTheKnownRoleNames() {
        var stack =
                TestStack.valid()
                        .keyVaults("{'name': 'kv-platform', 'roles': ['Key Vault Secret User']}");

        assertEquals(
                List.of(
                        "identities[0].keyVaults[0].roles[0]: \"Key Vault Secret User\" is not"
                                + " valid; expected a built-in role name ("
                                + KNOWN_ROLES
                                + "), a role GUID or a role definition"
                                + " id"),
                stack.problems());
    }

    @Test
    void sameRoleTwiceOnOneVaultIsRejected() {
        var stack =
                TestStack.valid()
                        .keyVaults(
                                "{'name': 'kv-platform', 'roles': ['Key Vault Secrets User',"
                                        + " '4633458b-17de-408a-b874-0445c86b69e6']}");

        assertEquals(
                List.of(
                        "identities[0].keyVaults[0].roles[1]: \"Key Vault Secrets User\" is not"
                            + " valid; this role is already granted on vault kv-platform: list it"
                            + " once"),
                stack.problems());
    }

    @Test
    void vaultResourceGroupDefaultsToTheIdentityResourceGroup() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[{'name': 'gateway-wid', 'resourceGroup': 'rg-identities',"
                                        + " 'serviceAccounts': ["
                                        + TestStack.ACCOUNT
                                        + "], 'keyVaults': ["
                                        + TestStack.VAULT
                                        + "]}]");

        var vault = stack.read().identities().get(0).keyVaults().get(0);

        assertEquals("rg-identities", vault.resourceGroup());
    }

    @Test
    void vaultResourceGroupFallsBackToTheClusterResourceGroup() {
        var vault = TestStack.valid().read().identities().get(0).keyVaults().get(0);

        assertEquals("rg-platform", vault.resourceGroup());
    }

    private static TestStack withVaultNamed(String name) {
        return TestStack.valid()
                .keyVaults("{'name': '" + name + "', 'roles': ['Key Vault Reader']}");
    }

    private static String vaultProblem(String name) {
        return "identities[0].keyVaults[0].name: \"" + name + "\" is not valid; " + VAULT_RULE;
    }
}
