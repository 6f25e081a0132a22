package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The identities list: presence, names, uniqueness, unknown keys and defaults. */
class IdentitySettingsTest {
    private static final String NAME_RULE =
            "expected 3-128 characters: letters, digits, '-' and '_',"
                    + " starting with a letter or digit";

    @Test
    void missingIdentitiesAreReported() {
        var stack = TestStack.valid().without("identities");

        assertEquals(
                List.of(
                        "identities: required key is missing; expected a list of at least one"
                                + " identity"),
                stack.problems());
    }

    @Test
    void emptyIdentityListIsRejected() {
        var stack = TestStack.valid().identities("[]");

        assertEquals(
                List.of("identities: the list is empty; expected at least one identity"),
                stack.problems());
    }

    @Test
    void missingIdentityNameIsReported() {
        var stack =
                TestStack.valid().identities("[{'serviceAccounts': [" + TestStack.ACCOUNT + "]}]");

        assertEquals(
                List.of("identities[0].name: required key is missing; " + NAME_RULE),
                stack.problems());
    }

    @Test
    void identityNameOfTwoCharactersIsRejected() {
        var stack =
                TestStack.valid()
                        .identities("[" + TestStack.identity("ab", TestStack.ACCOUNT) + "]");

        assertEquals(
                List.of("identities[0].name: \"ab\" is not valid; " + NAME_RULE), stack.problems());
    }

    @Test
    void identityNameOf129CharactersIsRejected() {
        var name = "a".repeat(129);
        var stack =
                TestStack.valid()
                        .identities("[" + TestStack.identity(name, TestStack.ACCOUNT) + "]");

        assertEquals(
                List.of("identities[0].name: \"" + name + "\" is not valid; " + NAME_RULE),
                stack.problems());
    }

    @Test
    void identityNameWithDotIsRejected() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[" + TestStack.identity("gateway.wid", TestStack.ACCOUNT) + "]");

        assertEquals(
                List.of("identities[0].name: \"gateway.wid\" is not valid; " + NAME_RULE),
                stack.problems());
    }

    @Test
    void identityNameStartingWithHyphenIsRejected() {
        var stack =
                TestStack.valid()
                        .identities("[" + TestStack.identity("-gateway", TestStack.ACCOUNT) + "]");

        assertEquals(
                List.of("identities[0].name: \"-gateway\" is not valid; " + NAME_RULE),
                stack.problems());
    }

    @Test
    void identityNameOfThreeCharactersIsAccepted() {
        var stack =
                TestStack.valid()
                        .identities("[" + TestStack.identity("g_1", TestStack.ACCOUNT) + "]");

        assertEquals("g_1", stack.read().identities().get(0).name());
    }

    @Test
    void identityNameOf128CharactersIsAccepted() {
        var name = "g" + "-".repeat(126) + "1";
        var stack =
                TestStack.valid()
                        .identities("[" + TestStack.identity(name, TestStack.ACCOUNT) + "]");

        assertEquals(name, stack.read().identities().get(0).name());
    }

    @Test
    void duplicateIdentityNamesAreRejected() {
        var stack =
                TestStack.valid()
                        .identities(
                                "["
                                        + TestStack.identity(
                                                "gateway-wid",
                                                "{'namespace': 'apps', 'name': 'api'}")
                                        + ", "
                                        + TestStack.identity(
                                                "gateway-wid",
                                                "{'namespace': 'apps', 'name': 'worker'}")
                                        + "]");

        assertEquals(
                List.of(
                        "identities[1].name: \"gateway-wid\" is not valid; identity names must be"
                                + " unique in a stack; identities[0] has it too"),
                stack.problems());
    }

    @Test
    void misspelledKeyIsReportedWithTheAcceptedKeys() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[{'name': 'gateway-wid', 'serviceAccount': ["
                                        + TestStack.ACCOUNT
                                        + "]}]");

        assertEquals(
                List.of(
                        "identities[0].serviceAccount: unknown key; accepted keys are keyVaults,"
                                + " location, name, protect, resourceGroup, serviceAccounts",
                        "identities[0].serviceAccounts: required key is missing; expected a list of"
                                + " at least one service account (namespace and name)"),
                stack.problems());
    }

    @Test
    void identityResourceGroupDefaultsToTheClusterResourceGroup() {
        var identity = TestStack.valid().read().identities().get(0);

        assertEquals("rg-platform", identity.resourceGroup());
    }

    @Test
    void identityResourceGroupCanBeSetPerIdentity() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[{'name': 'gateway-wid', 'resourceGroup': 'rg-identities',"
                                        + " 'serviceAccounts': ["
                                        + TestStack.ACCOUNT
                                        + "]}]");

        assertEquals("rg-identities", stack.read().identities().get(0).resourceGroup());
    }

    @Test
    void identityResourceGroupIsCheckedLikeTheCluster() {
        var stack =
                TestStack.valid()
                        .identities(
                                "[{'name': 'gateway-wid', 'resourceGroup': 'rg.',"
                                        + " 'serviceAccounts': ["
                                        + TestStack.ACCOUNT
                                        + "]}]");

        assertEquals(
                List.of(
                        "identities[0].resourceGroup: \"rg.\" is not valid; expected 1-90"
                            + " characters: letters, digits, '_', '-', '.', '(' and ')', not ending"
                            + " with '.'"),
                stack.problems());
    }
}
