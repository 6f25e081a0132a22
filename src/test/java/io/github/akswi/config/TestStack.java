package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid adopt-mode stack configuration that a test changes in one place before reading it.
 *
 * <p>JSON is written with single quotes to keep test bodies readable; they become double quotes, so
 * the reader sees the JSON text the Pulumi CLI would pass.
 */
final class TestStack {
    static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
    static final String VAULT = "{'name': 'kv-platform', 'roles': ['Key Vault Secrets User']}";
    static final String ACCOUNT = "{'namespace': 'apps', 'name': 'api'}";

    private final Map<String, String> values = new HashMap<>();

    private TestStack() {}

    /** One identity, gateway-wid, trusting apps/api and reading secrets from kv-platform. */
    static TestStack valid() {
        return new TestStack()
                .set("azure-native:subscriptionId", SUBSCRIPTION)
                .cluster(
                        "{'mode': 'adopt', 'resourceGroup': 'rg-platform', 'name': 'aks-platform'}")
                .identities("[" + identity("gateway-wid", ACCOUNT) + "]");
    }

    /** An identity entry with the given service accounts and the default vault. */
    static String identity(String name, String... accounts) {
        return "{'name': '"
                + name
                + "', 'serviceAccounts': ["
                + String.join(", ", accounts)
                + "], 'keyVaults': ["
                + VAULT
                + "]}";
    }

    TestStack cluster(String json) {
        return set(SettingsReader.NAMESPACE + ":cluster", json);
    }

    TestStack kubernetes(String json) {
        return set(SettingsReader.NAMESPACE + ":kubernetes", json);
    }

    TestStack identities(String json) {
        return set(SettingsReader.NAMESPACE + ":identities", json);
    }

    /** Replaces the identities with gateway-wid trusting the given service accounts. */
    TestStack serviceAccounts(String... accounts) {
        return identities("[" + identity("gateway-wid", accounts) + "]");
    }

    /** Replaces the identities with gateway-wid granted roles on the given vaults. */
    TestStack keyVaults(String... vaults) {
        return identities(
                "[{'name': 'gateway-wid', 'serviceAccounts': ["
                        + ACCOUNT
                        + "], 'keyVaults': ["
                        + String.join(", ", vaults)
                        + "]}]");
    }

    TestStack without(String key) {
        values.remove(SettingsReader.NAMESPACE + ":" + key);
        return this;
    }

    StackSettings read() {
        return SettingsReader.read(ConfigSource.of(values), "dev");
    }

    /** The problem lines the reader reports; fails when the configuration is accepted. */
    List<String> problems() {
        return assertThrows(ConfigurationException.class, this::read).problems();
    }

    private TestStack set(String key, String json) {
        values.put(key, json.replace('\'', '"'));
        return this;
    }
}
