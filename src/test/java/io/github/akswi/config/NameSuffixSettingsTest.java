package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How {@code aks-workload-identity:nameSuffix} is read and checked. */
class NameSuffixSettingsTest {

    private static final String CLUSTER =
            "{\"mode\": \"create\", \"resourceGroup\": \"rg-test\", \"name\": \"aks-wi\"}";
    private static final String IDENTITIES =
            "[{\"name\": \"gateway-wid\", \"serviceAccounts\":"
                    + " [{\"namespace\": \"akeyless\", \"name\": \"gateway\"}]}]";

    @Test
    void stackPlaceholderBecomesTheStackName() {
        var settings = SettingsReader.read(config("-{stack}", CLUSTER), "test-alice");

        assertEquals("-test-alice", settings.nameSuffix().value());
        assertEquals("aks-wi-test-alice", settings.cluster().azureName());
        assertEquals("gateway-wid-test-alice", settings.identities().get(0).azureName());
        assertEquals(
                "akeyless-gateway-test-alice",
                settings.identities().get(0).serviceAccounts().get(0).federatedCredential());
    }

    @Test
    void aLongDerivedCredentialNameIsCutToLeaveRoomForTheSuffix() {
        var namespace = "n".repeat(63);
        var name = "s".repeat(63);
        var identities =
                IDENTITIES
                        .replace("akeyless", namespace)
                        .replace("\"gateway\"", "\"" + name + "\"");

        var settings = SettingsReader.read(config("-{stack}", CLUSTER, identities), "test-alice");

        var credential =
                settings.identities().get(0).serviceAccounts().get(0).federatedCredential();
        assertEquals(
                (namespace + "-" + name).substring(0, 120 - "-test-alice".length()) + "-test-alice",
                credential);
    }

    @Test
    void logicalNamesStayAsConfigured() {
        var settings = SettingsReader.read(config("-{stack}", CLUSTER), "test-alice");

        assertEquals("aks-wi", settings.cluster().name());
        assertEquals("gateway-wid", settings.identities().get(0).name());
    }

    @Test
    void adoptedClusterKeepsItsNameBecauseTheStackDoesNotNameIt() {
        var adopt = CLUSTER.replace("create", "adopt");

        var settings = SettingsReader.read(config("-{stack}", adopt), "test-alice");

        assertEquals("aks-wi", settings.cluster().azureName());
        assertEquals("gateway-wid-test-alice", settings.identities().get(0).azureName());
    }

    @Test
    void templateWithAnUnknownPlaceholderIsRefused() {
        var error =
                assertThrows(
                        ConfigurationException.class,
                        () -> SettingsReader.read(config("-{user}", CLUSTER), "test"));

        assertEquals(
                List.of("nameSuffix: \"-{user}\" is not valid; " + NameSuffix.ACCEPTED),
                error.problems());
    }

    @Test
    void suffixedNameThatAzureRefusesIsReportedAtTheNamesKeyPath() {
        var error =
                assertThrows(
                        ConfigurationException.class,
                        () -> SettingsReader.read(config("-{stack}", CLUSTER), "test.alice"));

        assertEquals(
                "cluster.name: \"aks-wi\" with nameSuffix \"-{stack}\" on stack test.alice gives"
                    + " the Azure name \"aks-wi-test.alice\" (17 characters), which is not valid; "
                        + NameRules.CLUSTER.accepted()
                        + "; change the name, the stack name or nameSuffix",
                error.problems().get(0));
        assertEquals(
                List.of(
                        "cluster.name",
                        "identities[0].serviceAccounts[0].federatedCredential",
                        "identities[0].name"),
                error.problems().stream().map(p -> p.split(":")[0]).toList());
    }

    @Test
    void suffixedNameOverTheLengthLimitIsReported() {
        var longStack = "x".repeat(120);

        var error =
                assertThrows(
                        ConfigurationException.class,
                        () -> SettingsReader.read(config("-{stack}", CLUSTER), longStack));

        assertEquals(
                List.of(
                        "cluster.name",
                        "identities[0].serviceAccounts[0].federatedCredential",
                        "identities[0].name"),
                error.problems().stream().map(p -> p.split(":")[0]).toList());
    }

    private static ConfigSource config(String suffix, String cluster) {
        return config(suffix, cluster, IDENTITIES);
    }

    private static ConfigSource config(String suffix, String cluster, String identities) {
        Map<String, String> values = new HashMap<>();
        values.put("aks-workload-identity:nameSuffix", suffix);
        values.put("aks-workload-identity:cluster", cluster);
        values.put("aks-workload-identity:identities", identities);
        return ConfigSource.of(values);
    }
}
