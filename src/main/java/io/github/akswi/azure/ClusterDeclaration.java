package io.github.akswi.azure;

import com.pulumi.Context;
import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.azurenative.containerservice.ManagedClusterArgs;
import com.pulumi.azurenative.containerservice.enums.ResourceIdentityType;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAgentPoolProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterIdentityArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterOIDCIssuerProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSecurityProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSecurityProfileWorkloadIdentityArgs;
import com.pulumi.azurenative.containerservice.outputs.GetManagedClusterResult;
import com.pulumi.azurenative.containerservice.outputs.ManagedClusterOIDCIssuerProfileResponse;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.RunException;
import com.pulumi.resources.CustomResourceOptions;

import io.github.akswi.config.ClusterSettings;
import io.github.akswi.config.StackSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Declares (or reads) the cluster according to {@code cluster.mode}. */
public final class ClusterDeclaration {

    /** VM size of the system pool of a created cluster when the stack names none. */
    public static final String DEFAULT_NODE_VM_SIZE = "Standard_D2s_v5";

    private ClusterDeclaration() {}

    /**
     * The cluster for the stack.
     *
     * @param subscriptionId the deployment's subscription, for the import id
     * @param lookedUp what Azure returned for the cluster, present in lookup mode only
     */
    public static Cluster declare(
            Context ctx,
            StackSettings settings,
            String subscriptionId,
            Optional<GetManagedClusterResult> lookedUp) {
        var cluster = settings.cluster();
        switch (cluster.mode()) {
            case ADOPT:
                ctx.log()
                        .info(
                                "cluster "
                                        + cluster.name()
                                        + " (adopt): imports the existing cluster, turns on its"
                                        + " OIDC issuer and workload identity, leaves every other"
                                        + " setting alone, and is never deleted by destroy");
                return registered(cluster, adopt(cluster, subscriptionId));
            case CREATE:
                ctx.log()
                        .info(
                                "cluster "
                                        + cluster.name()
                                        + " (create): creates the cluster "
                                        + cluster.azureName()
                                        + " with the OIDC issuer and workload identity on;"
                                        + " destroy deletes it");
                return registered(cluster, create(cluster, settings.location()));
            case LOOKUP:
            default:
                ctx.log()
                        .info(
                                "cluster "
                                        + cluster.name()
                                        + " (lookup): reads the cluster and changes"
                                        + " nothing on it; destroy leaves it as it is");
                var issuer =
                        lookedUp.flatMap(GetManagedClusterResult::oidcIssuerProfile)
                                .map(ManagedClusterOIDCIssuerProfileResponse::issuerURL)
                                .orElseThrow(
                                        () ->
                                                new RunException(
                                                        "cluster "
                                                                + cluster.name()
                                                                + " returned no OIDC issuer URL"));
                return new Cluster(
                        Output.of(issuer),
                        Optional.empty(),
                        Output.of(cluster.resourceGroup()),
                        Output.of(cluster.name()));
        }
    }

    private static Cluster registered(ClusterSettings cluster, ManagedCluster resource) {
        var issuer =
                resource.oidcIssuerProfile().applyValue(profile -> issuerUrl(cluster, profile));
        // taken through the cluster's id, so that reading its credentials waits for it
        var resourceGroup = resource.id().applyValue(id -> cluster.resourceGroup());
        return new Cluster(issuer, Optional.of(resource), resourceGroup, resource.name());
    }

    private static String issuerUrl(
            ClusterSettings cluster, Optional<ManagedClusterOIDCIssuerProfileResponse> profile) {
        return profile.map(ManagedClusterOIDCIssuerProfileResponse::issuerURL)
                .filter(url -> !url.isEmpty())
                .orElseThrow(
                        () ->
                                new RunException(
                                        "cluster "
                                                + cluster.azureName()
                                                + " returned no OIDC issuer URL"));
    }

    private static ManagedCluster adopt(ClusterSettings cluster, String subscriptionId) {
        // Pulumi CLI 3.174 and newer import and then update in one run; older CLIs refuse an
        // import whose inputs differ, so with the features off the first `pulumi up` fails there
        var options =
                CustomResourceOptions.builder()
                        .importId(cluster.resourceId(subscriptionId))
                        .retainOnDelete(true)
                        .ignoreChanges(adoptIgnoredInputs())
                        .build();
        return new ManagedCluster(
                cluster.name(),
                ManagedClusterArgs.builder()
                        .resourceGroupName(cluster.resourceGroup())
                        .resourceName(cluster.name())
                        .oidcIssuerProfile(oidcIssuerOn())
                        .securityProfile(workloadIdentityOn())
                        .build(),
                options);
    }

    private static ManagedCluster create(
            ClusterSettings cluster, Optional<String> defaultLocation) {
        var pool =
                ManagedClusterAgentPoolProfileArgs.builder()
                        .name("system")
                        .mode("System")
                        .osType("Linux")
                        .count(cluster.nodeCount().orElse(ClusterSettings.DEFAULT_NODE_COUNT))
                        .vmSize(cluster.nodeVmSize().orElse(DEFAULT_NODE_VM_SIZE))
                        .build();
        var args =
                ManagedClusterArgs.builder()
                        .resourceGroupName(cluster.resourceGroup())
                        .resourceName(cluster.azureName())
                        .dnsPrefix(
                                cluster.dnsPrefix().orElse(defaultDnsPrefix(cluster.azureName())))
                        .identity(
                                ManagedClusterIdentityArgs.builder()
                                        .type(ResourceIdentityType.SystemAssigned)
                                        .build())
                        .agentPoolProfiles(pool)
                        .oidcIssuerProfile(oidcIssuerOn())
                        .securityProfile(workloadIdentityOn());
        cluster.location().or(() -> defaultLocation).ifPresent(args::location);
        cluster.kubernetesVersion().ifPresent(args::kubernetesVersion);
        return new ManagedCluster(cluster.name(), args.build());
    }

    /** A DNS prefix derived from the cluster name: letters, digits and hyphens, at most 54. */
    static String defaultDnsPrefix(String clusterName) {
        var prefix = clusterName.replace('_', '-');
        var cut = prefix.length() <= 54 ? prefix : prefix.substring(0, 54);
        // a prefix must end with a letter or digit, which a cut or a trailing '_' may not
        return cut.replaceAll("-+$", "");
    }

    private static ManagedClusterOIDCIssuerProfileArgs oidcIssuerOn() {
        return ManagedClusterOIDCIssuerProfileArgs.builder().enabled(true).build();
    }

    private static ManagedClusterSecurityProfileArgs workloadIdentityOn() {
        return ManagedClusterSecurityProfileArgs.builder()
                .workloadIdentity(
                        ManagedClusterSecurityProfileWorkloadIdentityArgs.builder()
                                .enabled(true)
                                .build())
                .build();
    }

    /**
     * Every input of an adopted cluster except the resource group and name that locate it and the
     * two features, read from the azure-native SDK's own argument classes so that the list follows
     * the pinned provider version.
     */
    public static List<String> adoptIgnoredInputs() {
        var owned =
                List.of(
                        "resourceGroupName",
                        "resourceName",
                        "oidcIssuerProfile",
                        "securityProfile");
        var ignored = new ArrayList<String>();
        for (var name : inputNames(ManagedClusterArgs.class)) {
            if (!owned.contains(name)) {
                ignored.add(name);
            }
        }
        for (var name : inputNames(ManagedClusterSecurityProfileArgs.class)) {
            if (!name.equals("workloadIdentity")) {
                ignored.add("securityProfile." + name);
            }
        }
        return ignored;
    }

    private static List<String> inputNames(Class<?> argsClass) {
        return Arrays.stream(argsClass.getDeclaredFields())
                .map(field -> field.getAnnotation(Import.class))
                .filter(annotation -> annotation != null)
                .map(Import::name)
                .sorted()
                .toList();
    }
}
