package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Service accounts on an identity: names, credentials, token lifetime, limits and ownership. */
class ServiceAccountSettingsTest {
    private static final String NAMESPACE_RULE =
            "expected a DNS-1123 label: at most 63 lowercase letters,"
                    + " digits and '-', starting and ending with a letter or digit";
    private static final String ACCOUNT_RULE =
            "expected a DNS-1123 subdomain: at most 253 lowercase letters, digits, '-' and '.',"
                    + " each dot-separated part starting and ending with a letter or digit";
    private static final String CREDENTIAL_RULE =
            "expected 3-120 characters: letters, digits, '-' and"
                    + " '_', starting with a letter or digit";
    private static final String EXPIRATION_RULE = "expected whole seconds from 3600 to 86400";

    @Test
    void missingNamespaceIsReported() {
        var stack = TestStack.valid().serviceAccounts("{'name': 'api'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].namespace: required key is missing; "
                                + NAMESPACE_RULE),
                stack.problems());
    }

    @Test
    void missingServiceAccountNameIsReported() {
        var stack = TestStack.valid().serviceAccounts("{'namespace': 'apps'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].name: required key is missing; "
                                + ACCOUNT_RULE),
                stack.problems());
    }

    @Test
    void uppercaseNamespaceIsRejected() {
        var stack = TestStack.valid().serviceAccounts("{'namespace': 'Apps', 'name': 'api'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].namespace: \"Apps\" is not valid; "
                                + NAMESPACE_RULE),
                stack.problems());
    }

    @Test
    void namespaceOf64CharactersIsRejected() {
        var namespace = "n".repeat(64);
        var stack =
                TestStack.valid()
                        .serviceAccounts("{'namespace': '" + namespace + "', 'name': 'api'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].namespace: \""
                                + namespace
                                + "\" is not valid; "
                                + NAMESPACE_RULE),
                stack.problems());
    }

    @Test
    void namespaceOf63CharactersIsAccepted() {
        var namespace = "n".repeat(63);
        var stack =
                TestStack.valid()
                        .serviceAccounts("{'namespace': '" + namespace + "', 'name': 'api'}");

        assertEquals(
                namespace, stack.read().identities().get(0).serviceAccounts().get(0).namespace());
    }

    @Test
    void serviceAccountNameWithDotsIsAccepted() {
        var stack = TestStack.valid().serviceAccounts("{'namespace': 'apps', 'name': 'api.v2'}");

        var account = stack.read().identities().get(0).serviceAccounts().get(0);

        assertEquals("system:serviceaccount:apps:api.v2", account.subject());
    }

    @Test
    void serviceAccountNameWithUnderscoreIsRejected() {
        var stack = TestStack.valid().serviceAccounts("{'namespace': 'apps', 'name': 'api_v2'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].name: \"api_v2\" is not valid; "
                                + ACCOUNT_RULE),
                stack.problems());
    }

    @Test
    void serviceAccountNameEndingWithDotIsRejected() {
        var stack = TestStack.valid().serviceAccounts("{'namespace': 'apps', 'name': 'api.'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].name: \"api.\" is not valid; "
                                + ACCOUNT_RULE),
                stack.problems());
    }

    @Test
    void federatedCredentialOfTwoCharactersIsRejected() {
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api', 'federatedCredential':"
                                        + " 'ab'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].federatedCredential: \"ab\" is not valid;"
                                + " "
                                + CREDENTIAL_RULE),
                stack.problems());
    }

    @Test
    void federatedCredentialOf121CharactersIsRejected() {
        var credential = "c".repeat(121);
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api',"
                                        + " 'federatedCredential': '"
                                        + credential
                                        + "'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].federatedCredential: \""
                                + credential
                                + "\" is not valid; "
                                + CREDENTIAL_RULE),
                stack.problems());
    }

    @Test
    void federatedCredentialOf3And120CharactersIsAccepted() {
        var longest = "c".repeat(120);
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api', 'federatedCredential':"
                                        + " 'c-1'}",
                                "{'namespace': 'apps', 'name': 'web', 'federatedCredential': '"
                                        + longest
                                        + "'}");

        var accounts = stack.read().identities().get(0).serviceAccounts();

        assertEquals(
                List.of("c-1", longest),
                accounts.stream().map(ServiceAccountSettings::federatedCredential).toList());
    }

    @Test
    void federatedCredentialDefaultsToNamespaceAndName() {
        var account = TestStack.valid().read().identities().get(0).serviceAccounts().get(0);

        assertEquals("apps-api", account.federatedCredential());
    }

    @Test
    void defaultFederatedCredentialReplacesDotsInTheServiceAccountName() {
        var stack = TestStack.valid().serviceAccounts("{'namespace': 'apps', 'name': 'api.v2'}");

        var account = stack.read().identities().get(0).serviceAccounts().get(0);

        assertEquals("apps-api-v2", account.federatedCredential());
    }

    @Test
    void manageDefaultsToCreate() {
        var account = TestStack.valid().read().identities().get(0).serviceAccounts().get(0);

        assertEquals(ServiceAccountManagement.CREATE, account.manage());
    }

    @Test
    void unknownManageValueIsRejected() {
        var stack =
                TestStack.valid()
                        .serviceAccounts("{'namespace': 'apps', 'name': 'api', 'manage': 'adopt'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].manage: \"adopt\" is not valid; expected"
                                + " one of create | patch | none"),
                stack.problems());
    }

    @Test
    void tokenExpirationBelowOneHourIsRejected() {
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api', 'tokenExpiration': 3599}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].tokenExpiration: 3599 is not valid; "
                                + EXPIRATION_RULE),
                stack.problems());
    }

    @Test
    void tokenExpirationAboveOneDayIsRejected() {
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api', 'tokenExpiration': 86401}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[0].tokenExpiration: 86401 is not valid; "
                                + EXPIRATION_RULE),
                stack.problems());
    }

    @Test
    void tokenExpirationOfOneHourAndOneDayIsAccepted() {
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api', 'tokenExpiration': 3600}",
                                "{'namespace': 'apps', 'name': 'web', 'tokenExpiration': 86400}");

        var accounts = stack.read().identities().get(0).serviceAccounts();

        assertEquals(
                List.of(OptionalInt.of(3600), OptionalInt.of(86400)),
                accounts.stream().map(ServiceAccountSettings::tokenExpiration).toList());
    }

    @Test
    void sameServiceAccountTwiceOnOneIdentityIsRejectedOnce() {
        var stack = TestStack.valid().serviceAccounts(TestStack.ACCOUNT, TestStack.ACCOUNT);

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[1]: \"apps/api\" is not valid; this service"
                                + " account is already listed on identity gateway-wid"),
                stack.problems());
    }

    @Test
    void sameFederatedCredentialTwiceOnOneIdentityIsRejected() {
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'apps', 'name': 'api', 'federatedCredential':"
                                        + " 'shared'}",
                                "{'namespace': 'apps', 'name': 'web', 'federatedCredential':"
                                        + " 'shared'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[1].federatedCredential: \"shared\" is not"
                                + " valid; federated credential names must be unique on identity"
                                + " gateway-wid"),
                stack.problems());
    }

    @Test
    void moreThanTwentyServiceAccountsOnOneIdentityAreRejected() {
        var stack = TestStack.valid().serviceAccounts(accounts(21));

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts: identity gateway-wid has 21 service"
                                + " accounts; Azure allows at most 20 federated credentials on one"
                                + " identity: split them across identities"),
                stack.problems());
    }

    @Test
    void twentyServiceAccountsOnOneIdentityAreAccepted() {
        var stack = TestStack.valid().serviceAccounts(accounts(20));

        var accounts = stack.read().identities().get(0).serviceAccounts();

        assertEquals("apps-sa-20", accounts.get(19).federatedCredential());
    }

    @Test
    void serviceAccountManagedByTwoIdentitiesIsRejected() {
        var stack =
                TestStack.valid()
                        .identities(
                                "["
                                        + TestStack.identity("gateway-wid", TestStack.ACCOUNT)
                                        + ", "
                                        + TestStack.identity(
                                                "backup-wid",
                                                "{'namespace': 'apps', 'name': 'api', 'manage':"
                                                        + " 'patch'}")
                                        + "]");

        assertEquals(
                List.of(
                        "identities[1].serviceAccounts[0]: \"apps/api\" is not valid; identity"
                            + " gateway-wid already annotates this service account (one client-id"
                            + " annotation names one identity); use manage: none on one of them"),
                stack.problems());
    }

    @Test
    void serviceAccountSharedWithManageNoneIsAccepted() {
        var stack =
                TestStack.valid()
                        .identities(
                                "["
                                        + TestStack.identity("gateway-wid", TestStack.ACCOUNT)
                                        + ", "
                                        + TestStack.identity(
                                                "backup-wid",
                                                "{'namespace': 'apps', 'name': 'api', 'manage':"
                                                        + " 'none'}")
                                        + "]");

        var identities = stack.read().identities();

        assertEquals(
                ServiceAccountManagement.NONE, identities.get(1).serviceAccounts().get(0).manage());
        assertEquals("apps/api", identities.get(1).serviceAccounts().get(0).qualifiedName());
    }

    private static String[] accounts(int count) {
        var accounts = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            accounts.add("{'namespace': 'apps', 'name': 'sa-" + i + "'}");
        }
        return accounts.toArray(String[]::new);
    }
}
