package io.github.akswi.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredential;
import com.pulumi.azurenative.managedidentity.FederatedIdentityCredentialArgs;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import io.github.akswi.config.IdentitySettings;
import io.github.akswi.config.KeyVaultRole;
import io.github.akswi.config.KeyVaultSettings;
import io.github.akswi.config.ServiceAccountSettings;
import io.github.akswi.kubernetes.ServiceAccounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One workload identity: a user-assigned managed identity, its federated credentials for the
 * cluster's service accounts, its Key Vault role assignments, and the annotated service accounts.
 */
public final class WorkloadIdentity extends ComponentResource {

    /** The component's Pulumi type token. */
    public static final String TYPE = "aks-workload-identity:index:WorkloadIdentity";

    /** The only audience Entra ID accepts for a federated credential used by workload identity. */
    public static final String AUDIENCE = "api://AzureADTokenExchange";

    /** Application (client) id of the identity. */
    public final Output<String> clientId;

    /** Object id of the identity's service principal, the principal of its role assignments. */
    public final Output<String> principalId;

    /** Tenant of the identity. */
    public final Output<String> tenantId;

    /** Azure resource id of the identity. */
    public final Output<String> resourceId;

    /** Declares the identity and everything it holds, as children of this component. */
    public WorkloadIdentity(IdentitySettings settings, IdentityContext shared) {
        super(TYPE, settings.name(), ComponentResourceOptions.Empty);

        var identity = identity(settings, shared.defaultLocation());
        this.clientId = identity.clientId();
        this.principalId = identity.principalId();
        this.tenantId = identity.tenantId();
        this.resourceId = identity.id();

        federatedCredentials(settings, identity, shared.oidcIssuerUrl());
        var identityResourceId = settings.resourceId(shared.subscriptionId());
        for (var vault : settings.keyVaults()) {
            for (var role : vault.roles()) {
                roleAssignment(settings, vault, role, identityResourceId, shared.subscriptionId());
            }
        }
        for (var account : settings.serviceAccounts()) {
            ServiceAccounts.declare(
                    child(settings), settings.name(), account, clientId, tenantId, shared);
        }

        registerOutputs(
                Map.of(
                        "clientId",
                        clientId,
                        "principalId",
                        principalId,
                        "tenantId",
                        tenantId,
                        "resourceId",
                        resourceId));
    }

    private UserAssignedIdentity identity(
            IdentitySettings settings, Optional<String> defaultLocation) {
        var args =
                UserAssignedIdentityArgs.builder()
                        .resourceName(settings.azureName())
                        .resourceGroupName(settings.resourceGroup());
        settings.location().or(() -> defaultLocation).ifPresent(args::location);
        return new UserAssignedIdentity(settings.name(), args.build(), child(settings).build());
    }

    /**
     * Azure rejects concurrent writes of credentials on one identity (HTTP 409,
     * ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity), so each credential
     * waits for the previous one of the same identity.
     */
    private void federatedCredentials(
            IdentitySettings settings, UserAssignedIdentity identity, Output<String> issuer) {
        Resource previous = null;
        for (var account : settings.serviceAccounts()) {
            var options = child(settings);
            if (previous != null) {
                options.dependsOn(previous);
            }
            previous =
                    new FederatedIdentityCredential(
                            credentialName(settings.name(), account),
                            FederatedIdentityCredentialArgs.builder()
                                    .resourceGroupName(settings.resourceGroup())
                                    .resourceName(identity.name())
                                    .federatedIdentityCredentialResourceName(
                                            account.federatedCredential())
                                    .issuer(issuer)
                                    .subject(account.subject())
                                    .audiences(List.of(AUDIENCE))
                                    .build(),
                            options.build());
        }
    }

    private void roleAssignment(
            IdentitySettings settings,
            KeyVaultSettings vault,
            KeyVaultRole role,
            String identityResourceId,
            String subscriptionId) {
        var scope = vault.resourceId(subscriptionId);
        var vaultSubscription = vault.subscription().orElse(subscriptionId);
        new RoleAssignment(
                settings.name() + "-ra-" + vault.name() + "-" + roleLabel(role),
                RoleAssignmentArgs.builder()
                        .roleAssignmentName(
                                RoleAssignmentNames.of(
                                        scope, identityResourceId, role.definitionGuid()))
                        .scope(scope)
                        .principalId(principalId)
                        .principalType("ServicePrincipal")
                        .roleDefinitionId(role.definitionIdIn(vaultSubscription))
                        .build(),
                child(settings).build());
    }

    /**
     * Options of a child. A protected identity protects all of it: destroy would otherwise delete
     * the credentials and grants before it stops at the identity, and the workload loses access.
     */
    private CustomResourceOptions.Builder child(IdentitySettings settings) {
        return CustomResourceOptions.builder().parent(this).protect(settings.protect());
    }

    /** Logical name of the credential for a service account, stable across runs. */
    public static String credentialName(String identity, ServiceAccountSettings account) {
        return identity + "-fic-" + account.namespace() + "-" + account.name();
    }

    private static String roleLabel(KeyVaultRole role) {
        return role.displayName().startsWith("/")
                ? role.definitionGuid()
                : slug(role.displayName());
    }

    private static String slug(String text) {
        var lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return lower.replaceAll("^-|-$", "");
    }
}
