package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Entries that are distinct in the configuration but would name the same resource. */
class ResourceNameClashTest {

    @Test
    void serviceAccountsWhoseResourceNamesCoincideAreReported() {
        var stack =
                TestStack.valid()
                        .serviceAccounts(
                                "{'namespace': 'team-a', 'name': 'gw', 'federatedCredential':"
                                        + " 'fic-one'}",
                                "{'namespace': 'team', 'name': 'a-gw', 'federatedCredential':"
                                        + " 'fic-two'}");

        assertEquals(
                List.of(
                        "identities[0].serviceAccounts[1]: \"team/a-gw\" is not valid; its"
                                + " resources would have the names of team-a/gw's"
                                + " (gateway-wid-fic-team-a-gw); rename one of the two"),
                stack.problems());
    }

    @Test
    void theSameVaultNameInAnotherResourceGroupIsTheSameVault() {
        var stack =
                TestStack.valid()
                        .keyVaults(
                                "{'name': 'kv-platform', 'roles': ['Key Vault Secrets User']}",
                                "{'name': 'KV-Platform', 'resourceGroup': 'rg-other', 'roles':"
                                        + " ['Key Vault Reader']}");

        assertEquals(
                List.of(
                        "identities[0].keyVaults[1].name: \"KV-Platform\" is not valid; this vault"
                                + " is already listed on this identity: list its roles once"),
                stack.problems());
    }

    @Test
    void aVaultNamedByTwoIdentitiesMustBeInOnePlace() {
        var stack =
                TestStack.valid()
                        .identities(
                                "["
                                        + TestStack.identity("gateway-wid", TestStack.ACCOUNT)
                                        + ", {'name': 'worker-wid', 'serviceAccounts':"
                                        + " [{'namespace': 'apps', 'name': 'worker'}],"
                                        + " 'keyVaults': [{'name': 'kv-platform',"
                                        + " 'resourceGroup': 'rg-other', 'roles': ['Key Vault"
                                        + " Secrets User']}]}]");

        assertEquals(
                List.of(
                        "identities[1].keyVaults[0].resourceGroup: \"rg-other\" is not valid;"
                                + " vault kv-platform is listed at identities[0].keyVaults[0] in"
                                + " resource group rg-platform; a vault name is unique across"
                                + " Azure, so give the same place"),
                stack.problems());
    }

    @Test
    void twoIdentitiesMayShareAVaultInOnePlace() {
        var stack =
                TestStack.valid()
                        .identities(
                                "["
                                        + TestStack.identity("gateway-wid", TestStack.ACCOUNT)
                                        + ", "
                                        + TestStack.identity(
                                                "worker-wid",
                                                "{'namespace': 'apps', 'name': 'worker'}")
                                        + "]");

        var identities = stack.read().identities();
        assertEquals(
                identities.get(0).keyVaults().get(0).resourceId(TestStack.SUBSCRIPTION),
                identities.get(1).keyVaults().get(0).resourceId(TestStack.SUBSCRIPTION));
    }
}
