package io.github.akswi.benchmark;

import com.google.gson.Gson;

import io.github.akswi.config.ConfigSource;
import io.github.akswi.config.SettingsReader;
import io.github.akswi.config.StackSettings;
import io.github.akswi.plan.StackFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stack configuration to deploy in the benchmark: the dev stack file, or a generated one on the
 * dev stack's adopted cluster.
 *
 * @param config full configuration keys to raw values, as the CLI hands them to the program
 */
record Scenario(String name, String project, Map<String, String> config, Set<String> secretKeys) {

    private static final String PROJECT = "aks-workload-identity";
    private static final Gson GSON = new Gson();

    /** The project's own Pulumi.dev.yaml. */
    static Scenario devStack(Path projectDir) throws StackFiles.StackFileException {
        var stack =
                StackFiles.read(
                        projectDir.resolve("Pulumi.yaml"), projectDir.resolve("Pulumi.dev.yaml"));
        return new Scenario("dev", stack.project(), stack.values(), stack.secretKeys());
    }

    /**
     * Identities {@code wid-0..n-1}, each with its own service accounts and the same vaults.
     *
     * @param vaults how many vaults each identity is granted roles on ({@code kv-0..})
     * @param rolesPerVault how many roles on each vault
     */
    static Scenario generated(
            String name, int identities, int serviceAccounts, int vaults, int rolesPerVault) {
        var roles =
                List.of(
                        "Key Vault Secrets User",
                        "Key Vault Certificate User",
                        "Key Vault Crypto User");
        var list = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < identities; i++) {
            var accounts = new ArrayList<Map<String, Object>>();
            for (int s = 0; s < serviceAccounts; s++) {
                accounts.add(Map.of("namespace", "team-" + i, "name", "app-" + s));
            }
            var grants = new ArrayList<Map<String, Object>>();
            for (int v = 0; v < vaults; v++) {
                grants.add(
                        Map.of("name", "kv-bench-" + v, "roles", roles.subList(0, rolesPerVault)));
            }
            var identity = new LinkedHashMap<String, Object>();
            identity.put("name", "wid-" + i);
            identity.put("serviceAccounts", accounts);
            identity.put("keyVaults", grants);
            list.add(identity);
        }
        var config = new TreeMap<String, String>();
        config.put("azure-native:location", "westeurope");
        config.put(
                PROJECT + ":cluster",
                GSON.toJson(
                        Map.of(
                                "mode",
                                "adopt",
                                "resourceGroup",
                                "rg-platform",
                                "name",
                                "aks-platform")));
        config.put(PROJECT + ":identities", GSON.toJson(list));
        return new Scenario(name, PROJECT, config, Set.of());
    }

    /** The validated settings the program will see. */
    StackSettings settings() {
        return SettingsReader.read(ConfigSource.of(config), name);
    }
}
