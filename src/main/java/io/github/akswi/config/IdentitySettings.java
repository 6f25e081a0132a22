package io.github.akswi.config;

import java.util.List;
import java.util.Optional;

/**
 * One user-assigned managed identity, the service accounts it trusts and the vaults it reaches.
 *
 * @param name the configured name, also the Pulumi logical name of the identity and its children
 * @param azureName the identity's name in Azure: the configured name with the stack's {@link
 *     NameSuffix}
 */
public record IdentitySettings(
        String name,
        String azureName,
        String resourceGroup,
        Optional<String> location,
        boolean protect,
        List<ServiceAccountSettings> serviceAccounts,
        List<KeyVaultSettings> keyVaults) {

    public IdentitySettings {
        serviceAccounts = List.copyOf(serviceAccounts);
        keyVaults = List.copyOf(keyVaults);
    }

    /** Azure resource id of the identity in the given subscription. */
    public String resourceId(String subscriptionId) {
        return "/subscriptions/"
                + subscriptionId
                + "/resourceGroups/"
                + resourceGroup
                + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/"
                + azureName;
    }
}
