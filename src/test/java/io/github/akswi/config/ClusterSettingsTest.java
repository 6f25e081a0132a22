package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

/** The cluster and kubernetes sections: required keys, modes, create-only keys, credentials. */
class ClusterSettingsTest {
    private static final String RESOURCE_GROUP_RULE =
            "expected 1-90 characters: letters, digits, '_',"
                    + " '-', '.', '(' and ')', not ending with '.'";

    @Test
    void unknownModeIsRejectedWithTheAcceptedModes() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'import', 'resourceGroup': 'rg-platform', 'name':"
                                        + " 'aks-platform'}");

        assertEquals(
                List.of(
                        "cluster.mode: \"import\" is not valid; expected one of create | adopt |"
                                + " lookup"),
                stack.problems());
    }

    @Test
    void missingClusterIsReported() {
        var stack = TestStack.valid().without("cluster");

        assertEquals(
                List.of(
                        "cluster: required key is missing; expected a map with mode"
                                + " (create | adopt | lookup), resourceGroup and name"),
                stack.problems());
    }

    @Test
    void missingModeIsReported() {
        var stack =
                TestStack.valid()
                        .cluster("{'resourceGroup': 'rg-platform', 'name': 'aks-platform'}");

        assertEquals(
                List.of(
                        "cluster.mode: required key is missing; expected one of create | adopt |"
                                + " lookup"),
                stack.problems());
    }

    @Test
    void missingResourceGroupIsReported() {
        var stack = TestStack.valid().cluster("{'mode': 'adopt', 'name': 'aks-platform'}");

        assertEquals(
                List.of("cluster.resourceGroup: required key is missing; " + RESOURCE_GROUP_RULE),
                stack.problems());
    }

    @Test
    void missingNameIsReported() {
        var stack = TestStack.valid().cluster("{'mode': 'adopt', 'resourceGroup': 'rg-platform'}");

        assertEquals(
                List.of(
                        "cluster.name: required key is missing; expected 1-63 characters: letters,"
                            + " digits, '-' and '_', starting and ending with a letter or digit"),
                stack.problems());
    }

    @Test
    void resourceGroupEndingWithDotIsRejected() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': 'rg-platform.', 'name':"
                                        + " 'aks-platform'}");

        assertEquals(
                List.of(
                        "cluster.resourceGroup: \"rg-platform.\" is not valid; "
                                + RESOURCE_GROUP_RULE),
                stack.problems());
    }

    @Test
    void resourceGroupWithSlashIsRejected() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': 'rg/platform', 'name':"
                                        + " 'aks-platform'}");

        assertEquals(
                List.of(
                        "cluster.resourceGroup: \"rg/platform\" is not valid; "
                                + RESOURCE_GROUP_RULE),
                stack.problems());
    }

    @Test
    void resourceGroupOf91CharactersIsRejected() {
        var group = "r".repeat(91);
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': '"
                                        + group
                                        + "', 'name': 'aks-platform'}");

        assertEquals(
                List.of(
                        "cluster.resourceGroup: \""
                                + group
                                + "\" is not valid; "
                                + RESOURCE_GROUP_RULE),
                stack.problems());
    }

    @Test
    void resourceGroupWithDotsParenthesesAndNinetyCharactersIsAccepted() {
        var group = "rg.platform(1)_" + "x".repeat(75);
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': '"
                                        + group
                                        + "', 'name': 'aks-platform'}");

        assertEquals(group, stack.read().cluster().resourceGroup());
    }

    @Test
    void createOnlyKeysAreRejectedInAdoptMode() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': 'rg-platform', 'name':"
                                        + " 'aks-platform', 'nodeCount': 3, 'kubernetesVersion':"
                                        + " '1.30'}");

        assertEquals(
                List.of(
                        "cluster.kubernetesVersion: applies only to mode create; this stack's mode"
                                + " is adopt",
                        "cluster.nodeCount: applies only to mode create; this stack's mode is"
                                + " adopt"),
                stack.problems());
    }

    @Test
    void createOnlyKeysAreAcceptedInCreateMode() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'create', 'resourceGroup': 'rg-platform', 'name':"
                                    + " 'aks-platform', 'nodeCount': 3, 'location': 'westeurope'}");

        var cluster = stack.read().cluster();

        assertEquals(3, cluster.nodeCount().getAsInt());
        assertEquals(Optional.of("westeurope"), cluster.location());
    }

    @Test
    void unknownClusterKeyIsReportedWithTheAcceptedKeys() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'adopt', 'resourceGroup': 'rg-platform',"
                                        + " 'name': 'aks-platform', 'nodes': 3}");

        assertEquals(
                List.of(
                        "cluster.nodes: unknown key; accepted keys are dnsPrefix,"
                                + " kubernetesVersion, location, mode, name, nodeCount, nodeVmSize,"
                                + " resourceGroup"),
                stack.problems());
    }

    @Test
    void unknownCredentialsAreRejectedWithTheAcceptedValues() {
        var stack = TestStack.valid().kubernetes("{'credentials': 'kubeconfig'}");

        assertEquals(
                List.of(
                        "kubernetes.credentials: \"kubeconfig\" is not valid; expected one of"
                                + " cluster-admin | cluster-user | ambient"),
                stack.problems());
    }

    @Test
    void contextIsRejectedWithClusterAdminCredentials() {
        var stack =
                TestStack.valid().kubernetes("{'credentials': 'cluster-admin', 'context': 'prod'}");

        assertEquals(
                List.of(
                        "kubernetes.context: applies only to credentials ambient; these credentials"
                                + " are cluster-admin"),
                stack.problems());
    }

    @Test
    void contextIsAcceptedWithAmbientCredentials() {
        var stack = TestStack.valid().kubernetes("{'credentials': 'ambient', 'context': 'prod'}");

        assertEquals(
                new KubernetesSettings(KubernetesCredentials.AMBIENT, Optional.of("prod")),
                stack.read().kubernetes());
    }

    @Test
    void ambientCredentialsCannotReachAClusterTheStackCreates() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'create', 'resourceGroup': 'rg-platform', 'name':"
                                        + " 'aks-platform'}")
                        .kubernetes("{'credentials': 'ambient'}");

        assertEquals(
                List.of(
                        "kubernetes.credentials: \"ambient\" is not valid; mode create makes a new"
                                + " cluster, which no kubeconfig reaches before it exists: use"
                                + " cluster-admin (the default in mode create) or cluster-user"),
                stack.problems());
    }

    @Test
    void createdClusterIsReachedWithItsAdminCredentialsByDefault() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'create', 'resourceGroup': 'rg-platform', 'name':"
                                        + " 'aks-platform'}");

        assertEquals(KubernetesCredentials.CLUSTER_ADMIN, stack.read().kubernetes().credentials());
    }

    @Test
    void adoptedClusterIsReachedWithAmbientCredentialsByDefault() {
        assertEquals(
                KubernetesCredentials.AMBIENT, TestStack.valid().read().kubernetes().credentials());
    }

    @Test
    void lookedUpClusterIsReachedWithAmbientCredentialsByDefault() {
        var stack =
                TestStack.valid()
                        .cluster(
                                "{'mode': 'lookup', 'resourceGroup': 'rg-platform', 'name':"
                                        + " 'aks-platform'}");

        assertEquals(KubernetesCredentials.AMBIENT, stack.read().kubernetes().credentials());
    }
}
