package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Values that are present but refused: each reported with its key path and what is accepted. */
class ValueRulesTest {
    private static final String CREATE =
            "{'mode': 'create', 'resourceGroup': 'rg-test', 'name': 'aks-test', %s}";

    private static List<String> createClusterProblems(String extra) {
        return TestStack.valid().cluster(CREATE.formatted(extra)).problems();
    }

    @Test
    void clusterNameWithADotIsRefused() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': 'rg', 'name': 'aks.platform'}");

        assertEquals(
                List.of(
                        "cluster.name: \"aks.platform\" is not valid; expected 1-63 characters:"
                                + " letters, digits, '-' and '_', starting and ending with a letter"
                                + " or digit"),
                stack.problems());
    }

    @Test
    void subscriptionThatIsNotAGuidIsRefused() {
        var stack =
                TestStack.valid()
                        .keyVaults(
                                "{'name': 'kv-platform', 'subscription': 'my-sub', 'roles': ['Key"
                                    + " Vault Reader']}");

        assertEquals(
                List.of(
                        "identities[0].keyVaults[0].subscription: \"my-sub\" is not valid; expected"
                                + " a subscription id, a GUID such as"
                                + " 00000000-0000-0000-0000-000000000000"),
                stack.problems());
    }

    @Test
    void nodeCountOutsideOneToAThousandIsRefused() {
        assertEquals(
                List.of(
                        "cluster.nodeCount: 0 is not valid; expected a whole number of nodes from 1"
                                + " to 1000"),
                createClusterProblems("'nodeCount': 0"));
    }

    @Test
    void nodeCountThatIsNotAWholeNumberIsRefused() {
        assertEquals(
                List.of(
                        "cluster.nodeCount: 1.5 is not valid; expected a whole number of nodes"
                                + " from 1 to 1000"),
                createClusterProblems("'nodeCount': 1.5"));
    }

    @Test
    void kubernetesVersionThatIsNotAVersionIsRefused() {
        assertEquals(
                List.of(
                        "cluster.kubernetesVersion: \"latest\" is not valid; expected a version"
                            + " such as 1.30 or 1.30.5"),
                createClusterProblems("'kubernetesVersion': 'latest'"));
    }

    @Test
    void nodeVmSizeWithSpacesIsRefused() {
        assertEquals(
                List.of(
                        "cluster.nodeVmSize: \"Standard D2s\" is not valid; expected a VM size such"
                                + " as Standard_D2s_v5"),
                createClusterProblems("'nodeVmSize': 'Standard D2s'"));
    }

    @Test
    void dnsPrefixEndingWithAHyphenIsRefused() {
        assertEquals(
                List.of(
                        "cluster.dnsPrefix: \"aks-\" is not valid; expected 1-54 characters:"
                                + " letters, digits and '-', starting and ending with a letter or"
                                + " digit"),
                createClusterProblems("'dnsPrefix': 'aks-'"));
    }

    @Test
    void locationWithPunctuationIsRefused() {
        assertEquals(
                List.of(
                        "cluster.location: \"west-europe!\" is not valid; expected an Azure region"
                                + " name such as westeurope"),
                createClusterProblems("'location': 'west-europe!'"));
    }

    @Test
    void createOnlyKeysAreReadInCreateMode() {
        var cluster =
                TestStack.valid()
                        .cluster(
                                CREATE.formatted(
                                        "'nodeCount': 3, 'kubernetesVersion': '1.30.5',"
                                                + " 'nodeVmSize': 'Standard_D4s_v5', 'dnsPrefix':"
                                                + " 'aks-test-1', 'location': 'northeurope'"))
                        .read()
                        .cluster();

        assertEquals(3, cluster.nodeCount().getAsInt());
        assertEquals("1.30.5", cluster.kubernetesVersion().orElseThrow());
        assertEquals("Standard_D4s_v5", cluster.nodeVmSize().orElseThrow());
        assertEquals("aks-test-1", cluster.dnsPrefix().orElseThrow());
        assertEquals("northeurope", cluster.location().orElseThrow());
    }
}
