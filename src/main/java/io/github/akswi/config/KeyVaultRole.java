package io.github.akswi.config;

import java.util.Optional;

/**
 * A role to grant on a vault.
 *
 * @param displayName the built-in name, or the value as configured for a role outside the catalog
 * @param definitionGuid the role definition's GUID (its {@code name} in Azure)
 * @param definitionId the full role definition id when configured as one, else empty
 * @param grantsDataAccess false for roles that reach no secret, key or certificate content
 */
public record KeyVaultRole(
        String displayName,
        String definitionGuid,
        Optional<String> definitionId,
        boolean grantsDataAccess) {

    /**
     * The role definition id as Azure stores it on an assignment scoped to the given subscription.
     */
    public String definitionIdIn(String subscriptionId) {
        return definitionId.orElse(
                "/subscriptions/"
                        + subscriptionId
                        + "/providers/Microsoft.Authorization/roleDefinitions/"
                        + definitionGuid);
    }
}
