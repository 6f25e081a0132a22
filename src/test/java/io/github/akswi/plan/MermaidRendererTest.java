package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The dependency graph of a plan as a Mermaid flowchart. */
class MermaidRendererTest {

    private static final Pattern NODE = Pattern.compile("^\\s*(\\w+)\\[\"(.*)\"\\]$");
    private static final Pattern SUBGRAPH = Pattern.compile("^\\s*subgraph (\\w+) \\[\"(.*)\"\\]$");
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\w+) --> (\\w+)$");

    @Test
    void readmeShowsTheDevGraphExactlyAsTheCommandPrintsIt() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        var start = readme.indexOf("```mermaid\n");
        var end = readme.indexOf("```", start + 3);
        assertTrue(start >= 0 && end > start, "README.md has no Mermaid block");

        assertEquals(
                MermaidRenderer.render(StackRuns.plan("dev", StackRuns.DEV)),
                readme.substring(start + "```mermaid\n".length(), end));
    }

    @Test
    void devStackHasANodePerResourceAndAnEdgePerDependency() throws Exception {
        var mermaid = MermaidRenderer.render(StackRuns.plan("dev", StackRuns.DEV));

        assertTrue(mermaid.startsWith("flowchart LR\n"));
        assertEquals(
                Set.of(
                        "Stack_aks_workload_identity_dev: Stack: aks-workload-identity-dev",
                        "WorkloadIdentity_gateway_wid: WorkloadIdentity: gateway-wid",
                        "UserAssignedIdentity_gateway_wid: UserAssignedIdentity: gateway-wid",
                        "RoleAssignment_gateway_wid_ra_kv_platform_key_vault_certificates_officer:"
                                + " RoleAssignment:"
                                + " gateway-wid-ra-kv-platform-key-vault-certificates-officer",
                        "RoleAssignment_gateway_wid_ra_kv_platform_key_vault_secrets_officer:"
                                + " RoleAssignment:"
                                + " gateway-wid-ra-kv-platform-key-vault-secrets-officer",
                        "FederatedIdentityCredential_gateway_wid_fic_akeyless_gateway:"
                                + " FederatedIdentityCredential: gateway-wid-fic-akeyless-gateway",
                        "ServiceAccount_gateway_wid_sa_akeyless_gateway: ServiceAccount:"
                                + " gateway-wid-sa-akeyless-gateway",
                        "ManagedCluster_aks_platform: ManagedCluster: aks-platform",
                        "Provider_kubernetes_aks: Provider kubernetes: aks"),
                matches(mermaid, NODE, SUBGRAPH));
        assertEquals(
                Set.of(
                        "UserAssignedIdentity_gateway_wid ->"
                                + " RoleAssignment_gateway_wid_ra_kv_platform_key_vault"
                                + "_certificates_officer",
                        "UserAssignedIdentity_gateway_wid ->"
                                + " RoleAssignment_gateway_wid_ra_kv_platform_key_vault"
                                + "_secrets_officer",
                        "UserAssignedIdentity_gateway_wid ->"
                                + " FederatedIdentityCredential_gateway_wid_fic_akeyless_gateway",
                        "ManagedCluster_aks_platform ->"
                                + " FederatedIdentityCredential_gateway_wid_fic_akeyless_gateway",
                        "UserAssignedIdentity_gateway_wid ->"
                                + " ServiceAccount_gateway_wid_sa_akeyless_gateway"),
                matches(mermaid, EDGE));
    }

    @Test
    void componentChildrenAreInsideTheComponentsSubgraph() throws Exception {
        var lines = MermaidRenderer.render(StackRuns.plan("dev", StackRuns.DEV)).lines().toList();

        var start =
                lines.indexOf(
                        "        subgraph WorkloadIdentity_gateway_wid [\"WorkloadIdentity:"
                                + " gateway-wid\"]");
        var end = lines.subList(start, lines.size()).indexOf("        end") + start;
        var inside =
                lines.subList(start + 1, end).stream()
                        .map(line -> line.trim().split("\\[")[0])
                        .toList();
        assertEquals(
                List.of(
                        "UserAssignedIdentity_gateway_wid",
                        "RoleAssignment_gateway_wid_ra_kv_platform_key_vault_certificates_officer",
                        "RoleAssignment_gateway_wid_ra_kv_platform_key_vault_secrets_officer",
                        "FederatedIdentityCredential_gateway_wid_fic_akeyless_gateway",
                        "ServiceAccount_gateway_wid_sa_akeyless_gateway"),
                inside);
    }

    @Test
    void nodeIdsAreIdentifiersEvenForNamesWithDotsAndClashes() {
        var dotted = resource("urn:a", "kubernetes:core/v1:ServiceAccount", "sa.one");
        var underscored = resource("urn:b", "kubernetes:core/v1:ServiceAccount", "sa_one");

        var ids = MermaidRenderer.ids(List.of(dotted, underscored));

        assertEquals(
                Map.of("urn:a", "ServiceAccount_sa_one", "urn:b", "ServiceAccount_sa_one_2"), ids);
    }

    private static PlannedResource resource(String urn, String type, String name) {
        return new PlannedResource(
                urn, type, name, null, true, null, Map.of(), Map.of(), List.of(), false, false,
                null, List.of());
    }

    private static Set<String> matches(String text, Pattern... patterns) {
        var found = new TreeSet<String>();
        for (var line : text.lines().toList()) {
            for (var pattern : patterns) {
                var match = pattern.matcher(line);
                if (match.matches()) {
                    found.add(match.group(1) + (pattern == EDGE ? " -> " : ": ") + match.group(2));
                }
            }
        }
        return found;
    }
}
