package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** How problems are reported as a whole: all at once, in order, each pointing at its own entry. */
class ProblemReportingTest {

    @Test
    void everyProblemIsReportedInConfigurationOrder() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'import', 'resourceGroup': 'rg-platform', 'name':"
                                        + " 'aks-platform'}")
                        .kubernetes("{'credentials': 'kubeconfig'}")
                        .identities(
                                "[{'name': 'ab', 'serviceAccounts': [{'namespace': 'Apps', 'name':"
                                        + " 'api', 'tokenExpiration': 60}], 'keyVaults': [{'name':"
                                        + " 'kv--x', 'roles': ['Owner']}]}]");

        assertEquals(
                List.of(
                        "cluster.mode: \"import\" is not valid; expected one of create | adopt |"
                                + " lookup",
                        "kubernetes.credentials: \"kubeconfig\" is not valid; expected one of"
                                + " cluster-admin | cluster-user | ambient",
                        "identities[0].name: \"ab\" is not valid; expected 3-128 characters:"
                                + " letters, digits, '-' and '_', starting with a letter or digit",
                        "identities[0].serviceAccounts[0].namespace: \"Apps\" is not valid;"
                            + " expected a DNS-1123 label: at most 63 lowercase letters, digits and"
                            + " '-', starting and ending with a letter or digit",
                        "identities[0].serviceAccounts[0].tokenExpiration: 60 is not valid;"
                                + " expected whole seconds from 3600 to 86400",
                        "identities[0].keyVaults[0].name: \"kv--x\" is not valid; expected 3-24"
                            + " characters: letters, digits and '-', starting with a letter, ending"
                            + " with a letter or digit, without '--'",
                        "identities[0].keyVaults[0].roles[0]: \"Owner\" is not valid; expected a"
                                + " built-in role name ("
                                + KeyVaultRoles.knownNames()
                                + "), a role GUID or a role definition id"),
                stack.problems());
    }

    @Test
    void duplicateIdentityIsNamedByItsConfiguredIndexAfterAnEntryThatWasSkipped() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[{'serviceAccounts': ["
                                        + TestStack.ACCOUNT
                                        + "]}, "
                                        + TestStack.identity(
                                                "gateway-wid",
                                                "{'namespace': 'apps', 'name': 'api'}")
                                        + ", "
                                        + TestStack.identity(
                                                "gateway-wid",
                                                "{'namespace': 'apps', 'name': 'web',"
                                                        + " 'manage': 'none'}")
                                        + "]");

        assertEquals(
                List.of(
                        "identities[0].name: required key is missing; expected 3-128 characters:"
                                + " letters, digits, '-' and '_', starting with a letter or digit",
                        "identities[2].name: \"gateway-wid\" is not valid; identity names must be"
                                + " unique in a stack; identities[1] has it too"),
                stack.problems());
    }

    @Test
    void duplicateServiceAccountIsNamedByItsConfiguredIndexAfterAnEntryThatWasSkipped() {
        var stack =
                TestStack.valid()
                        .serviceAccounts("{'name': 'lost'}", TestStack.ACCOUNT, TestStack.ACCOUNT);

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].namespace: required key is missing;"
                            + " expected a DNS-1123 label: at most 63 lowercase letters, digits and"
                            + " '-', starting and ending with a letter or digit",
                        "identities[0].serviceAccounts[2]: \"apps/api\" is not valid; this service"
                                + " account is already listed on identity gateway-wid"),
                stack.problems());
    }

    @Test
    void duplicateRoleIsNamedByItsConfiguredIndexAfterAnUnknownRole() {
        var stack =
                TestStack.valid()
                        .keyVaults(
                                "{'name': 'kv-platform', 'roles': ['Owner',"
                                        + " 'Key Vault Reader', 'Key Vault Reader']}");

        assertEquals(
                List.of(
                        "identities[0].keyVaults[0].roles[0]: \"Owner\" is not valid; expected a"
                                + " built-in role name ("
                                + KeyVaultRoles.knownNames()
                                + "), a role GUID or a role definition id",
                        "identities[0].keyVaults[0].roles[2]: \"Key Vault Reader\" is not valid;"
                            + " this role is already granted on vault kv-platform: list it once"),
                stack.problems());
    }

    @Test
    void identityWrittenAsPlainTextIsQuotedOnce() {
        var stack = TestStack.valid().identities("['gateway-wid']");

        assertEquals(
                List.of(
                        "identities[0]: \"gateway-wid\" is not valid; expected a map with keys"
                                + " keyVaults, location, name, protect, resourceGroup,"
                                + " serviceAccounts"),
                stack.problems());
    }

    @Test
    void emptyServiceAccountListIsReportedAsEmpty() {
        var stack =
                TestStack.valid().identities("[{'name': 'gateway-wid', 'serviceAccounts': []}]");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts: the list is empty; expected a list of at"
                                + " least one service account (namespace and name)"),
                stack.problems());
    }

    @Test
    void serviceAccountsWrittenAsAMapAreReportedOnce() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[{'name': 'gateway-wid', 'serviceAccounts': "
                                        + TestStack.ACCOUNT
                                        + "}]");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts:"
                                + " \"{\"namespace\":\"apps\",\"name\":\"api\"}\""
                                + " is not valid; expected a list"),
                stack.problems());
    }
}
