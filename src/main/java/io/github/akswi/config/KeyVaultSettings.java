package io.github.akswi.config;

import java.util.List;
import java.util.Optional;

/**
 * A Key Vault the identity is granted roles on.
 *
 * @param subscription the vault's subscription when it is not the stack's
 * @param skipRbacCheck true to grant roles without first reading the vault's permission model
 */
public record KeyVaultSettings(
        String name,
        String resourceGroup,
        Optional<String> subscription,
        List<KeyVaultRole> roles,
        boolean skipRbacCheck) {

    public KeyVaultSettings {
        roles = List.copyOf(roles);
    }

    /** Full resource id of the vault, the scope of its role assignments. */
    public String resourceId(String currentSubscription) {
        return "/subscriptions/"
                + subscription.orElse(currentSubscription)
                + "/resourceGroups/"
                + resourceGroup
                + "/providers/Microsoft.KeyVault/vaults/"
                + name;
    }
}
