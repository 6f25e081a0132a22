package io.github.akswi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

/** The built-in role catalog and the three ways a stack may name a role. */
class KeyVaultRolesTest {
    private static final String SECRETS_USER = "4633458b-17de-408a-b874-0445c86b69e6";

    /** GUIDs as Microsoft's "Azure built-in roles for Security" page lists them. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Key Vault Administrator, 00482a5a-887f-4fb3-b363-3b7fe8e74483",
        "Key Vault Certificates Officer, a4417e6f-fecd-4de8-b567-7b0420556985",
        "Key Vault Certificate User, db79e9a7-68ee-4b58-9aeb-b90e7c24fcba",
        "Key Vault Contributor, f25e0fa2-a7c8-4377-a976-54943a77a395",
        "Key Vault Crypto Officer, 14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
        "Key Vault Crypto Service Encryption User, e147488a-f6f5-4113-8e2d-b22465e65bf6",
        "Key Vault Crypto User, 12338af0-0e69-4776-bea7-57ae8d297424",
        "Key Vault Data Access Administrator, 8b54135c-b56d-4d72-a534-26097cfdc8d8",
        "Key Vault Reader, 21090545-7ca7-4776-b22c-e363652d74d2",
        "Key Vault Secrets Officer, b86a8fe4-44ce-4948-aee5-eccb2c155cd7",
        "Key Vault Secrets User, 4633458b-17de-408a-b874-0445c86b69e6"
    })
    void catalogHoldsTheDocumentedRoleGuid(String name, String guid) {
        var entry =
                KeyVaultRoles.CATALOG.stream().filter(role -> role.name().equals(name)).findFirst();

        assertEquals(Optional.of(guid), entry.map(KeyVaultRoles.BuiltIn::guid));
    }

    @Test
    void knownNamesListTheElevenBuiltInRolesInCatalogOrder() {
        assertEquals(
                "Key Vault Administrator, Key Vault Certificates Officer, Key Vault Certificate"
                        + " User, Key Vault Contributor, Key Vault Crypto Officer, Key Vault Crypto"
                        + " Service Encryption User, Key Vault Crypto User, Key Vault Data Access"
                        + " Administrator, Key Vault Reader, Key Vault Secrets Officer, Key Vault"
                        + " Secrets User",
                KeyVaultRoles.knownNames());
    }

    @Test
    void roleIsFoundByNameInAnyCase() {
        var role = KeyVaultRoles.parse("key vault SECRETS user").orElseThrow();

        assertEquals("Key Vault Secrets User", role.displayName());
        assertEquals(SECRETS_USER, role.definitionGuid());
    }

    @Test
    void roleIsFoundByGuidInAnyCase() {
        var role = KeyVaultRoles.parse(SECRETS_USER.toUpperCase()).orElseThrow();

        assertEquals("Key Vault Secrets User", role.displayName());
        assertEquals(SECRETS_USER, role.definitionGuid());
    }

    @Test
    void roleDefinitionIdIsKeptAsConfigured() {
        var id =
                "/subscriptions/"
                        + TestStack.SUBSCRIPTION
                        + "/providers/Microsoft.Authorization/roleDefinitions/"
                        + SECRETS_USER;

        var role = KeyVaultRoles.parse(id).orElseThrow();

        assertEquals(SECRETS_USER, role.definitionGuid());
        assertEquals("Key Vault Secrets User", role.displayName());
        assertEquals(id, role.definitionIdIn("99999999-9999-9999-9999-999999999999"));
    }

    @Test
    void roleByNameIsScopedToTheGivenSubscription() {
        var role = KeyVaultRoles.parse("Key Vault Secrets User").orElseThrow();

        assertEquals(
                "/subscriptions/"
                        + TestStack.SUBSCRIPTION
                        + "/providers/Microsoft.Authorization/roleDefinitions/"
                        + SECRETS_USER,
                role.definitionIdIn(TestStack.SUBSCRIPTION));
    }

    @Test
    void guidOutsideTheCatalogIsAcceptedAsACustomRole() {
        var guid = "0f0e0d0c-0b0a-0908-0706-050403020100";

        var role = KeyVaultRoles.parse(guid).orElseThrow();

        assertEquals(guid, role.displayName());
        assertEquals(true, role.grantsDataAccess());
    }

    @Test
    void readerGrantsNoDataAccess() {
        var role = KeyVaultRoles.parse("Key Vault Reader").orElseThrow();

        assertEquals(false, role.grantsDataAccess());
        assertEquals(
                Optional.of(
                        "reads metadata only and cannot read secret, key or certificate contents"),
                KeyVaultRoles.noDataAccess(role));
    }

    @Test
    void rolesConfiguredInAllThreeFormsResolveToTheSameGuid() {
        var stack =
                TestStack.valid()
                        .keyVaults(
                                "{'name': 'kv-one', 'roles': ['KEY VAULT SECRETS USER']}",
                                "{'name': 'kv-two', 'roles': ['" + SECRETS_USER + "']}",
                                "{'name': 'kv-three', 'roles': ['/subscriptions/"
                                        + TestStack.SUBSCRIPTION
                                        + "/providers/Microsoft.Authorization/roleDefinitions/"
                                        + SECRETS_USER
                                        + "']}");

        var vaults = stack.read().identities().get(0).keyVaults();

        assertEquals(
                List.of(SECRETS_USER, SECRETS_USER, SECRETS_USER),
                vaults.stream().map(vault -> vault.roles().get(0).definitionGuid()).toList());
    }
}
