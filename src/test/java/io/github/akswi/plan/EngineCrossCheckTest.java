package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredential;
import com.pulumi.test.PulumiTest;

import io.github.akswi.StackProgram;
import io.github.akswi.config.ConfigSource;
import io.github.akswi.config.SettingsReader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks the plan's recording against the SDK's public test API: the values resources receive there
 * must be the values the plan says were registered. If the recorder drifted, every plan-based test
 * would be wrong with it.
 */
class EngineCrossCheckTest {

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void recordedInputsEqualWhatResourcesReceiveThroughThePublicTestApi() throws Exception {
        var config = StackFiles.read(Path.of("Pulumi.yaml"), Path.of("Pulumi.dev.yaml"));
        var settings = SettingsReader.read(ConfigSource.of(config.values()), "dev");
        var location = Optional.ofNullable(config.values().get("azure-native:location"));
        var plan =
                OfflineEngine.run(
                                config.project(),
                                "dev",
                                config.values(),
                                config.secretKeys(),
                                new PlaceholderMocks(Optional.empty(), location),
                                false,
                                StackProgram::run)
                        .plan();

        var result =
                PulumiTest.withMocks(new PlaceholderMocks(Optional.empty(), location))
                        .runTest(ctx -> StackProgram.declare(ctx, settings));

        var issuers = new TreeSet<String>();
        var scopes = new TreeSet<String>();
        for (var resource : result.resources()) {
            if (resource instanceof FederatedIdentityCredential credential) {
                issuers.add(PulumiTest.extractValue(credential.issuer()));
            }
            if (resource instanceof RoleAssignment assignment) {
                scopes.add(
                        PulumiTest.extractValue(assignment.scope())
                                + " "
                                + PulumiTest.extractValue(assignment.roleDefinitionId())
                                + " "
                                + PulumiTest.extractValue(assignment.principalId()));
            }
        }
        var plannedIssuers = new TreeSet<String>();
        plan.ofType("azure-native:managedidentity:FederatedIdentityCredential")
                .forEach(r -> plannedIssuers.add((String) r.input("issuer")));
        var plannedScopes = new TreeSet<String>();
        plan.ofType("azure-native:authorization:RoleAssignment")
                .forEach(
                        r ->
                                plannedScopes.add(
                                        r.input("scope")
                                                + " "
                                                + r.input("roleDefinitionId")
                                                + " "
                                                + r.input("principalId")));

        assertEquals(plannedIssuers, issuers);
        assertEquals(plannedScopes, scopes);
        assertEquals(plan.resources().size(), result.resources().size());
    }
}
