package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akswi.config.ClusterMode;
import io.github.akswi.config.ConfigSource;
import io.github.akswi.config.SettingsReader;
import io.github.akswi.plan.StackFiles.StackFileException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Reading Pulumi.yaml and a stack file into the configuration the CLI would pass. */
class StackFilesTest {
    private static final String PROJECT =
            """
            name: aks-workload-identity
            runtime: java
            config:
              azure-native:location: westeurope
              aks-workload-identity:cluster:
                value:
                  mode: adopt
                  resourceGroup: rg-platform
                  name: aks-platform
            """;

    @TempDir Path dir;

    @Test
    void stackValuesOverrideProjectDefaults() throws Exception {
        var config =
                read(
                        PROJECT,
                        """
                        config:
                          azure-native:location: northeurope
                        """);

        assertEquals("northeurope", config.values().get("azure-native:location"));
        assertEquals(
                "{\"mode\":\"adopt\",\"resourceGroup\":\"rg-platform\",\"name\":\"aks-platform\"}",
                config.values().get("aks-workload-identity:cluster"));
    }

    @Test
    void projectDefaultWrittenAsSchemaGivesItsDefault() throws Exception {
        var config =
                read(
                        """
                        name: aks-workload-identity
                        config:
                          region:
                            type: string
                            default: westeurope
                        """,
                        "config: {}\n");

        assertEquals("westeurope", config.values().get("aks-workload-identity:region"));
    }

    @Test
    void projectDefaultThatIsAPlainMapIsRefusedAsTheCliRefusesIt() throws Exception {
        var project =
                write(
                        "Pulumi.yaml",
                        """
                        name: aks-workload-identity
                        config:
                          aks-workload-identity:cluster:
                            mode: adopt
                        """);
        var stack = write("Pulumi.dev.yaml", "config: {}\n");

        var error = assertThrows(StackFileException.class, () -> StackFiles.read(project, stack));

        assertEquals(
                project
                        + ": config.aks-workload-identity:cluster: a project default must be a"
                        + " scalar, a list, or a declaration with keys default, description, items,"
                        + " secret, type, value",
                error.getMessage());
    }

    @Test
    void keyWithoutNamespaceTakesTheProjectNamespace() throws Exception {
        var config =
                read(
                        PROJECT,
                        """
                        config:
                          kubernetes:
                            credentials: ambient
                        """);

        assertEquals(
                "{\"credentials\":\"ambient\"}",
                config.values().get("aks-workload-identity:kubernetes"));
    }

    @Test
    void structuredValuesBecomeJsonTheSettingsReaderAccepts() throws Exception {
        var config =
                read(
                        PROJECT,
                        """
                        config:
                          azure-native:subscriptionId: 11111111-2222-3333-4444-555555555555
                          identities:
                            - name: gateway-wid
                              serviceAccounts:
                                - namespace: apps
                                  name: api
                                  tokenExpiration: 3600
                              keyVaults:
                                - name: kv-platform
                                  roles: [Key Vault Secrets User]
                        """);

        var settings = SettingsReader.read(ConfigSource.of(config.values()), "dev");

        var identity = settings.identities().get(0);
        assertEquals(ClusterMode.ADOPT, settings.cluster().mode());
        assertEquals("gateway-wid", identity.name());
        assertEquals(3600, identity.serviceAccounts().get(0).tokenExpiration().getAsInt());
        assertEquals(
                "4633458b-17de-408a-b874-0445c86b69e6",
                identity.keyVaults().get(0).roles().get(0).definitionGuid());
    }

    @Test
    void secureValuesAreMarkedSecretAndLeftEncrypted() throws Exception {
        var config =
                read(
                        PROJECT,
                        """
                        config:
                          azure-native:clientSecret:
                            secure: AAABAHtjaXBoZXJ0ZXh0
                          notes:
                            owner: platform
                            token:
                              secure: AAABAG5lc3RlZHg
                        """);

        assertEquals("AAABAHtjaXBoZXJ0ZXh0", config.values().get("azure-native:clientSecret"));
        assertEquals(
                "{\"owner\":\"platform\",\"token\":\"AAABAG5lc3RlZHg\"}",
                config.values().get("aks-workload-identity:notes"));
        assertEquals(
                Set.of("azure-native:clientSecret", "aks-workload-identity:notes"),
                config.secretKeys());
    }

    @Test
    void missingStackFileIsReportedWithItsPath() throws Exception {
        var project = write("Pulumi.yaml", PROJECT);
        var stack = dir.resolve("Pulumi.dev.yaml");

        var error = assertThrows(StackFileException.class, () -> StackFiles.read(project, stack));

        assertEquals(stack + ": file not found", error.getMessage());
    }

    @Test
    void invalidYamlIsReportedWithItsPath() throws Exception {
        var project = write("Pulumi.yaml", PROJECT);
        var stack = write("Pulumi.dev.yaml", "config:\n  cluster: [adopt\n");

        var error = assertThrows(StackFileException.class, () -> StackFiles.read(project, stack));

        assertTrue(error.getMessage().startsWith(stack + ": not valid YAML: "), error.getMessage());
    }

    @Test
    void topLevelListIsReportedWithItsPath() throws Exception {
        var project = write("Pulumi.yaml", PROJECT);
        var stack = write("Pulumi.dev.yaml", "- config\n");

        var error = assertThrows(StackFileException.class, () -> StackFiles.read(project, stack));

        assertEquals(stack + ": expected a YAML map at the top level", error.getMessage());
    }

    private StackFiles.StackConfig read(String project, String stack) throws Exception {
        return StackFiles.read(write("Pulumi.yaml", project), write("Pulumi.dev.yaml", stack));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
