package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The plan command's contract: formats, exit codes, and where problems go. */
class PlanCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int plan(String... args) {
        return PlanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void devStackPrintsAsJsonWithTheContractFields() {
        var code = plan("--stack", "dev", "--config-file", "Pulumi.dev.yaml", "--format", "json");

        assertEquals(0, code, err.toString());
        var json = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("aks-workload-identity", json.get("project").getAsString());
        assertEquals("dev", json.get("stack").getAsString());
        var types =
                json.getAsJsonArray("resources").asList().stream()
                        .map(r -> r.getAsJsonObject().get("type").getAsString())
                        .sorted()
                        .toList();
        assertEquals(
                List.of(
                        "aks-workload-identity:index:WorkloadIdentity",
                        "azure-native:authorization:RoleAssignment",
                        "azure-native:authorization:RoleAssignment",
                        "azure-native:containerservice:ManagedCluster",
                        "azure-native:managedidentity:FederatedIdentityCredential",
                        "azure-native:managedidentity:UserAssignedIdentity",
                        "kubernetes:core/v1:ServiceAccount",
                        "pulumi:providers:kubernetes",
                        "pulumi:pulumi:Stack"),
                types);
        var first = json.getAsJsonArray("resources").get(0).getAsJsonObject();
        assertEquals(
                List.of(
                        "urn",
                        "type",
                        "name",
                        "parent",
                        "custom",
                        "provider",
                        "inputs",
                        "outputs",
                        "dependsOn",
                        "protect",
                        "retainOnDelete",
                        "importId",
                        "ignoreChanges"),
                List.copyOf(first.keySet()));
        assertTrue(json.getAsJsonObject("outputs").has("oidcIssuerUrl"));
        assertEquals("", err.toString());
    }

    @Test
    void textFormatMarksPlaceholdersAndShowsDependencies() {
        var code = plan("--stack", "dev", "--config-file", "Pulumi.dev.yaml");

        assertEquals(0, code, err.toString());
        var text = out.toString();
        assertTrue(text.contains("    subject = system:serviceaccount:akeyless:gateway\n"), text);
        assertTrue(text.contains("    principalType = ServicePrincipal\n"), text);
        assertTrue(
                text.lines()
                        .anyMatch(
                                line ->
                                        line.startsWith("    issuer = https://")
                                                && line.endsWith("(placeholder)")),
                text);
        assertTrue(
                text.contains("    depends on: gateway-wid, aks-platform\n")
                        || text.contains("    depends on: aks-platform, gateway-wid\n"),
                text);
    }

    @Test
    void malformedConfigurationExitsTwoWithOneLinePerProblemAndNothingOnStdout()
            throws IOException {
        var stack = dir.resolve("Pulumi.bad.yaml");
        Files.writeString(
                dir.resolve("Pulumi.yaml"), "name: aks-workload-identity\nruntime: java\n");
        Files.writeString(
                stack,
                """
                config:
                  aks-workload-identity:cluster:
                    mode: borrow
                    resourceGroup: rg-platform
                    name: aks-platform
                  aks-workload-identity:identities:
                    - name: gw
                      serviceAccounts:
                        - namespace: Akeyless
                          name: gateway
                          tokenExpiration: 60
                """);

        var code = plan("--stack", "bad", "--config-file", stack.toString());

        assertEquals(2, code);
        assertEquals("", out.toString());
        assertEquals(
                List.of(
                        "cluster.mode: \"borrow\" is not valid; expected one of create | adopt |"
                            + " lookup",
                        "identities[0].name: \"gw\" is not valid; expected 3-128 characters:"
                            + " letters, digits, '-' and '_', starting with a letter or digit",
                        "identities[0].serviceAccounts[0].namespace: \"Akeyless\" is not valid;"
                            + " expected a DNS-1123 label: at most 63 lowercase letters, digits and"
                            + " '-', starting and ending with a letter or digit",
                        "identities[0].serviceAccounts[0].tokenExpiration: 60 is not valid;"
                            + " expected whole seconds from 3600 to 86400"),
                err.toString().lines().toList());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void missingConfigurationFileExitsTwo() {
        var code =
                plan(
                        "--stack",
                        "dev",
                        "--config-file",
                        dir.resolve("Pulumi.none.yaml").toString(),
                        "--project-file",
                        "Pulumi.yaml");

        assertEquals(2, code);
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("Pulumi.none.yaml: file not found"), err.toString());
    }

    @Test
    void malformedYamlExitsTwo() throws IOException {
        var stack = dir.resolve("Pulumi.broken.yaml");
        Files.writeString(stack, "config:\n  aks-workload-identity:cluster: [unclosed\n");

        var code =
                plan(
                        "--stack",
                        "broken",
                        "--config-file",
                        stack.toString(),
                        "--project-file",
                        "Pulumi.yaml");

        assertEquals(2, code);
        assertTrue(err.toString().startsWith(stack + ": not valid YAML"), err.toString());
    }

    @Test
    void unknownFormatIsAUsageErrorWithExitTwo() {
        var code = plan("--stack", "dev", "--config-file", "Pulumi.dev.yaml", "--format", "yaml");

        assertEquals(2, code);
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("--format"), err.toString());
    }
}
