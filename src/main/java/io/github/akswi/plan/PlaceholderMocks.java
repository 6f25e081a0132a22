package io.github.akswi.plan;

import com.pulumi.test.Mocks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers the engine's questions without a cloud: each resource gets back its inputs plus the
 * values Azure would compute, and each function call a result shaped like Azure's. Every invented
 * value is an obviously fake GUID ({@code 00000000-0000-0000-0000-...}) derived from a name, so the
 * same stack always plans the same.
 */
public class PlaceholderMocks implements Mocks {

    private final String subscriptionId;
    private final Optional<String> location;
    private final Set<String> placeholders = ConcurrentHashMap.newKeySet();
    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> answers =
            new HashMap<>();

    /**
     * @param configuredSubscription {@code azure-native:subscriptionId} when the stack sets it
     * @param location {@code azure-native:location} when the stack sets it
     */
    public PlaceholderMocks(Optional<String> configuredSubscription, Optional<String> location) {
        this.subscriptionId =
                configuredSubscription.orElseGet(() -> placeholder("subscription", ""));
        this.location = location;
    }

    /** Mocks for a stack's configuration: its {@code azure-native} subscription and location. */
    public static PlaceholderMocks forConfig(Map<String, String> config) {
        return new PlaceholderMocks(
                Optional.ofNullable(config.get("azure-native:subscriptionId")),
                Optional.ofNullable(config.get("azure-native:location")));
    }

    /** Replaces the answer to a function call, for tests of what Azure might say instead. */
    public PlaceholderMocks answer(
            String token, Function<Map<String, Object>, Map<String, Object>> answer) {
        answers.put(token, answer);
        return this;
    }

    /** Every value this instance has invented so far. */
    public Set<String> placeholders() {
        return Set.copyOf(placeholders);
    }

    /** The tenant every placeholder identity and cluster belongs to. */
    public String tenantId() {
        return placeholder("tenant", "");
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        var state = new LinkedHashMap<String, Object>(args.inputs);
        String id;
        switch (args.type) {
            case "azure-native:managedidentity:UserAssignedIdentity":
                var identity = (String) args.inputs.get("resourceName");
                id =
                        resourceGroupScope(args.inputs)
                                + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                                + identity;
                state.put("name", identity);
                state.put("clientId", placeholder("clientId", identity));
                state.put("principalId", placeholder("principalId", identity));
                state.put("tenantId", tenantId());
                break;
            case "azure-native:managedidentity:FederatedIdentityCredential":
                var credential =
                        (String) args.inputs.get("federatedIdentityCredentialResourceName");
                id =
                        resourceGroupScope(args.inputs)
                                + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                                + args.inputs.get("resourceName")
                                + "/federatedIdentityCredentials/"
                                + credential;
                state.put("name", credential);
                break;
            case "azure-native:authorization:RoleAssignment":
                id =
                        args.inputs.get("scope")
                                + "/providers/Microsoft.Authorization/roleAssignments/"
                                + args.inputs.get("roleAssignmentName");
                state.put("name", args.inputs.get("roleAssignmentName"));
                break;
            case "azure-native:containerservice:ManagedCluster":
                var cluster = (String) args.inputs.get("resourceName");
                id =
                        args.id != null && !args.id.isEmpty()
                                ? args.id
                                : resourceGroupScope(args.inputs)
                                        + "/providers/Microsoft.ContainerService/managedClusters/"
                                        + cluster;
                state.put("name", cluster);
                state.put(
                        "oidcIssuerProfile",
                        Map.of("enabled", true, "issuerURL", issuerUrl(cluster)));
                break;
            default:
                id =
                        args.type.startsWith("pulumi:providers:")
                                ? placeholder("provider", args.name)
                                : kubernetesId(args.inputs).orElse(args.name + "-id");
                break;
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        var custom = answers.get(args.token);
        if (custom != null) {
            try {
                return CompletableFuture.completedFuture(custom.apply(args.args));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        switch (args.token) {
            case "azure-native:authorization:getClientConfig":
                return done(
                        Map.of(
                                "clientId",
                                placeholder("clientId", "deployer"),
                                "objectId",
                                placeholder("principalId", "deployer"),
                                "subscriptionId",
                                subscriptionId,
                                "tenantId",
                                tenantId()));
            case "azure-native:containerservice:getManagedCluster":
                return done(lookedUpCluster(args.args, true, true));
            case "azure-native:containerservice:listManagedClusterAdminCredentials":
            case "azure-native:containerservice:listManagedClusterUserCredentials":
                return done(
                        Map.of(
                                "kubeconfigs",
                                List.of(
                                        Map.of(
                                                "name",
                                                "clusterUser",
                                                "value",
                                                kubeconfig(
                                                        String.valueOf(
                                                                args.args.get("resourceName")))))));
            case "azure-native:keyvault:getVault":
                return done(vault(args.args, true));
            default:
                return CompletableFuture.failedFuture(
                        new IllegalStateException(
                                "the offline plan has no placeholder for function " + args.token));
        }
    }

    /** A cluster as getManagedCluster returns it, with the two features as given. */
    public Map<String, Object> lookedUpCluster(
            Map<String, Object> args, boolean issuerOn, boolean workloadIdentityOn) {
        var cluster = String.valueOf(args.get("resourceName"));
        var result = new LinkedHashMap<String, Object>();
        result.put(
                "id",
                resourceGroupScope(args)
                        + "/providers/Microsoft.ContainerService/managedClusters/"
                        + cluster);
        result.put("name", cluster);
        result.put("location", location.orElse("westeurope"));
        result.put("type", "Microsoft.ContainerService/ManagedClusters");
        result.put("azurePortalFQDN", cluster + ".portal.hcp.placeholder.invalid");
        result.put("fqdn", cluster + ".hcp.placeholder.invalid");
        result.put("privateFQDN", "");
        result.put("currentKubernetesVersion", "1.30.0");
        result.put("maxAgentPools", 100);
        result.put("provisioningState", "Succeeded");
        result.put("powerState", Map.of("code", "Running"));
        result.put("systemData", Map.of());
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("enabled", issuerOn);
        issuer.put("issuerURL", issuerOn ? issuerUrl(cluster) : "");
        result.put("oidcIssuerProfile", issuer);
        result.put(
                "securityProfile",
                Map.of("workloadIdentity", Map.of("enabled", workloadIdentityOn)));
        return result;
    }

    /** A vault as getVault returns it, with the permission model as given. */
    public Map<String, Object> vault(Map<String, Object> args, boolean rbac) {
        var name = String.valueOf(args.get("vaultName"));
        return Map.of(
                "id",
                resourceGroupScope(args) + "/providers/Microsoft.KeyVault/vaults/" + name,
                "name",
                name,
                "location",
                location.orElse("westeurope"),
                "type",
                "Microsoft.KeyVault/vaults",
                "systemData",
                Map.of(),
                "properties",
                Map.of(
                        "enableRbacAuthorization",
                        rbac,
                        "tenantId",
                        tenantId(),
                        "sku",
                        Map.of("family", "A", "name", "standard"),
                        "hsmPoolResourceId",
                        "",
                        "privateEndpointConnections",
                        List.of()));
    }

    /** The issuer URL Azure would report, in its real shape, with placeholder GUIDs. */
    public String issuerUrl(String cluster) {
        var url =
                "https://"
                        + location.orElse("westeurope")
                        + ".oic.prod-aks.azure.com/"
                        + tenantId()
                        + "/"
                        + placeholder("issuer", cluster)
                        + "/";
        placeholders.add(url);
        return url;
    }

    private String kubeconfig(String cluster) {
        var text = "apiVersion: v1\nkind: Config\n# placeholder kubeconfig for " + cluster + "\n";
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String resourceGroupScope(Map<String, Object> inputs) {
        return "/subscriptions/"
                + subscriptionId
                + "/resourceGroups/"
                + inputs.get("resourceGroupName");
    }

    private static Optional<String> kubernetesId(Map<String, Object> inputs) {
        if (!(inputs.get("metadata") instanceof Map<?, ?> metadata)) {
            return Optional.empty();
        }
        var name = metadata.get("name");
        var namespace = metadata.get("namespace");
        return Optional.ofNullable(name)
                .map(n -> namespace == null ? n.toString() : namespace + "/" + n);
    }

    /** {@code 00000000-0000-0000-0000-} and 12 hex digits of a hash of the kind and name. */
    String placeholder(String kind, String name) {
        byte[] digest;
        try {
            digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest((kind + "/" + name).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        var value = "00000000-0000-0000-0000-" + HexFormat.of().formatHex(digest).substring(0, 12);
        placeholders.add(value);
        return value;
    }

    private static CompletableFuture<Map<String, Object>> done(Map<String, Object> result) {
        return CompletableFuture.completedFuture(result);
    }
}
