package io.github.akswi;

import io.github.akswi.plan.OfflineEngine;
import io.github.akswi.plan.PlaceholderMocks;
import io.github.akswi.plan.Plan;
import io.github.akswi.plan.PlannedResource;
import io.github.akswi.plan.StackFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Runs the real stack program offline on a stack file written from YAML text, as the plan command
 * does.
 */
final class OfflineStack {

    static final String STACK = "test";

    static final String IDENTITY_TYPE = "azure-native:managedidentity:UserAssignedIdentity";
    static final String CREDENTIAL_TYPE =
            "azure-native:managedidentity:FederatedIdentityCredential";
    static final String ROLE_ASSIGNMENT_TYPE = "azure-native:authorization:RoleAssignment";
    static final String CLUSTER_TYPE = "azure-native:containerservice:ManagedCluster";
    static final String SERVICE_ACCOUNT_TYPE = "kubernetes:core/v1:ServiceAccount";

    private OfflineStack() {}

    /** Plans a stack file and fails the test when the program does not succeed. */
    static Plan plan(Path dir, String stackYaml) {
        var result = run(dir, stackYaml, UnaryOperator.identity());
        if (!result.succeeded()) {
            throw new AssertionError(
                    "program failed: " + result.errors() + " " + result.exceptions());
        }
        return result.plan();
    }

    /** Runs a stack file with mocks adjusted by the test. */
    static OfflineEngine.Result run(
            Path dir, String stackYaml, UnaryOperator<PlaceholderMocks> adjust) {
        try {
            var project = dir.resolve("Pulumi.yaml");
            Files.writeString(project, "name: aks-workload-identity\nruntime: java\n");
            var stackFile = dir.resolve("Pulumi." + STACK + ".yaml");
            Files.writeString(stackFile, stackYaml);
            var config = StackFiles.read(project, stackFile);
            return OfflineEngine.plan(
                    config, STACK, adjust.apply(PlaceholderMocks.forConfig(config.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackFiles.StackFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The single resource of a type with a logical name. */
    static PlannedResource only(Plan plan, String type, String name) {
        return plan.find(type, name)
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no "
                                                + type
                                                + " named "
                                                + name
                                                + " among "
                                                + plan.resources().stream()
                                                        .map(PlannedResource::name)
                                                        .toList()));
    }

    /**
     * A stack file in adopt mode with one identity, one service account and one vault with two
     * roles.
     */
    static String adoptStack() {
        return """
        config:
          azure-native:location: westeurope
          aks-workload-identity:cluster:
            mode: adopt
            resourceGroup: rg-platform
            name: aks-platform
          aks-workload-identity:identities:
            - name: gateway-wid
              serviceAccounts:
                - namespace: akeyless
                  name: gateway
                  tokenExpiration: 3600
              keyVaults:
                - name: kv-platform
                  roles: [Key Vault Secrets Officer, Key Vault Certificates Officer]
        """;
    }
}
