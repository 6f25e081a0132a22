package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.akswi.plan.DestroySummary.Entry;

import org.junit.jupiter.api.Test;

import java.util.List;

/** What the plan says {@code pulumi destroy} would do, for each cluster mode. */
class DestroySummaryTest {

    @Test
    void adoptModeLeavesTheClusterWithRetainOnDeleteAndDeletesTheIdentity() throws Exception {
        var summary = DestroySummary.of(StackRuns.plan("dev", StackRuns.DEV));

        assertEquals(
                List.of(new Entry("ManagedCluster", "aks-platform", DestroySummary.RETAINED)),
                summary.leaves());
        assertEquals(
                List.of(
                        new Entry("UserAssignedIdentity", "gateway-wid", ""),
                        new Entry(
                                "RoleAssignment",
                                "gateway-wid-ra-kv-platform-key-vault-certificates-officer",
                                ""),
                        new Entry(
                                "RoleAssignment",
                                "gateway-wid-ra-kv-platform-key-vault-secrets-officer",
                                ""),
                        new Entry(
                                "FederatedIdentityCredential",
                                "gateway-wid-fic-akeyless-gateway",
                                ""),
                        new Entry("ServiceAccount", "gateway-wid-sa-akeyless-gateway", "")),
                summary.deletes());
        assertEquals(
                List.of(new Entry("Vault", "kv-platform", DestroySummary.VAULT)),
                summary.neverOwned());
    }

    @Test
    void lookupModeNeverOwnedTheClusterAndLeavesTheProtectedIdentityWithAllItHolds()
            throws Exception {
        var summary = DestroySummary.of(StackRuns.plan("prod", StackRuns.PROD));

        assertEquals(
                List.of(
                        new Entry(
                                "UserAssignedIdentity",
                                "gateway-wid-prod",
                                DestroySummary.PROTECTED),
                        new Entry(
                                "RoleAssignment",
                                "gateway-wid-prod-ra-kv-platform-prod-key-vault-certificate-user",
                                DestroySummary.PROTECTED),
                        new Entry(
                                "RoleAssignment",
                                "gateway-wid-prod-ra-kv-platform-prod-key-vault-secrets-user",
                                DestroySummary.PROTECTED),
                        new Entry(
                                "FederatedIdentityCredential",
                                "gateway-wid-prod-fic-akeyless-gateway",
                                DestroySummary.PROTECTED),
                        new Entry(
                                "ServiceAccountPatch",
                                "gateway-wid-prod-sapatch-akeyless-gateway",
                                DestroySummary.PROTECTED)),
                summary.leaves());
        assertEquals(
                List.of(
                        new Entry("ServiceAccount", "akeyless/gateway", DestroySummary.PATCHED),
                        new Entry("ManagedCluster", "aks-platform-prod", DestroySummary.LOOKED_UP),
                        new Entry("Vault", "kv-platform-prod", DestroySummary.VAULT)),
                summary.neverOwned());
        assertEquals(List.of(), summary.deletes());
    }

    @Test
    void createModeDeletesEverythingItDeclared() throws Exception {
        var summary = DestroySummary.of(StackRuns.plan("test", StackRuns.TEST));

        assertEquals(List.of(), summary.leaves());
        assertEquals(
                List.of(
                        new Entry("UserAssignedIdentity", "gateway-wid", ""),
                        new Entry(
                                "RoleAssignment",
                                "gateway-wid-ra-kv-aks-wi-test-key-vault-certificate-user",
                                ""),
                        new Entry(
                                "RoleAssignment",
                                "gateway-wid-ra-kv-aks-wi-test-key-vault-secrets-user",
                                ""),
                        new Entry(
                                "ManagedCluster",
                                "aks-wi",
                                "Azure deletes its node resource group with it"),
                        new Entry(
                                "FederatedIdentityCredential",
                                "gateway-wid-fic-akeyless-gateway",
                                ""),
                        new Entry("Namespace", "ns-akeyless", "with everything in it"),
                        new Entry("ServiceAccount", "gateway-wid-sa-akeyless-gateway", "")),
                summary.deletes());
        assertEquals(
                List.of(new Entry("Vault", "kv-aks-wi-test", DestroySummary.VAULT)),
                summary.neverOwned());
    }

    @Test
    void theTextPlanEndsWithTheDestroySection() throws Exception {
        var text = TextRenderer.render(StackRuns.plan("dev", StackRuns.DEV));

        var section = text.substring(text.indexOf("What `pulumi destroy` would do"));
        assertEquals(
                String.join(
                        "\n",
                        "What `pulumi destroy` would do",
                        "  deletes",
                        "    UserAssignedIdentity  gateway-wid",
                        "    RoleAssignment "
                                + " gateway-wid-ra-kv-platform-key-vault-certificates-officer",
                        "    RoleAssignment  gateway-wid-ra-kv-platform-key-vault-secrets-officer",
                        "    FederatedIdentityCredential  gateway-wid-fic-akeyless-gateway",
                        "    ServiceAccount  gateway-wid-sa-akeyless-gateway",
                        "  leaves in place",
                        "    ManagedCluster  aks-platform   (" + DestroySummary.RETAINED + ")",
                        "  never owned, so leaves as it is",
                        "    Vault  kv-platform   (" + DestroySummary.VAULT + ")",
                        ""),
                section);
    }
}
