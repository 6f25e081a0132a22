package io.github.akswi.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in Key Vault roles, with the GUIDs from Microsoft's "Azure built-in roles for Security"
 * reference, and the parsing of a configured role into one.
 */
public final class KeyVaultRoles {

    /** A built-in role and what it leaves out. */
    public record BuiltIn(String name, String guid, Optional<String> noDataAccess) {}

    /** Every built-in role this project knows by name. */
    public static final List<BuiltIn> CATALOG =
            List.of(
                    new BuiltIn(
                            "Key Vault Administrator",
                            "00482a5a-887f-4fb3-b363-3b7fe8e74483",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Certificates Officer",
                            "a4417e6f-fecd-4de8-b567-7b0420556985",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Certificate User",
                            "db79e9a7-68ee-4b58-9aeb-b90e7c24fcba",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Contributor",
                            "f25e0fa2-a7c8-4377-a976-54943a77a395",
                            Optional.of(
                                    "manages the vault resource only and grants no access to"
                                            + " secrets, keys or certificates")),
                    new BuiltIn(
                            "Key Vault Crypto Officer",
                            "14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Crypto Service Encryption User",
                            "e147488a-f6f5-4113-8e2d-b22465e65bf6",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Crypto User",
                            "12338af0-0e69-4776-bea7-57ae8d297424",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Data Access Administrator",
                            "8b54135c-b56d-4d72-a534-26097cfdc8d8",
                            Optional.of(
                                    "manages role assignments on the vault and reads no secret, key"
                                            + " or certificate content")),
                    new BuiltIn(
                            "Key Vault Reader",
                            "21090545-7ca7-4776-b22c-e363652d74d2",
                            Optional.of(
                                    "reads metadata only and cannot read secret, key or certificate"
                                            + " contents")),
                    new BuiltIn(
                            "Key Vault Secrets Officer",
                            "b86a8fe4-44ce-4948-aee5-eccb2c155cd7",
                            Optional.empty()),
                    new BuiltIn(
                            "Key Vault Secrets User",
                            "4633458b-17de-408a-b874-0445c86b69e6",
                            Optional.empty()));

    private static final String GUID =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final Pattern GUID_PATTERN = Pattern.compile(GUID);
    private static final Pattern DEFINITION_ID =
            Pattern.compile(
                    "(?i)(?:/subscriptions/"
                            + GUID
                            + ")?/providers/Microsoft\\.Authorization/roleDefinitions/("
                            + GUID
                            + ")");

    private KeyVaultRoles() {}

    /** The names a user may write, for error messages. */
    public static String knownNames() {
        return CATALOG.stream().map(BuiltIn::name).collect(Collectors.joining(", "));
    }

    /** Parses a built-in name (any case), a role GUID, or a full role definition id. */
    public static Optional<KeyVaultRole> parse(String value) {
        var trimmed = value.trim();
        for (var role : CATALOG) {
            if (role.name().equalsIgnoreCase(trimmed)) {
                return Optional.of(fromCatalog(role, Optional.empty()));
            }
        }
        if (GUID_PATTERN.matcher(trimmed).matches()) {
            return Optional.of(byGuid(trimmed.toLowerCase(Locale.ROOT), Optional.empty()));
        }
        var id = DEFINITION_ID.matcher(trimmed);
        if (id.matches()) {
            return Optional.of(byGuid(id.group(1).toLowerCase(Locale.ROOT), Optional.of(trimmed)));
        }
        return Optional.empty();
    }

    private static KeyVaultRole byGuid(String guid, Optional<String> definitionId) {
        return CATALOG.stream()
                .filter(role -> role.guid().equals(guid))
                .findFirst()
                .map(role -> fromCatalog(role, definitionId))
                .orElse(new KeyVaultRole(definitionId.orElse(guid), guid, definitionId, true));
    }

    private static KeyVaultRole fromCatalog(BuiltIn role, Optional<String> definitionId) {
        return new KeyVaultRole(
                role.name(), role.guid(), definitionId, role.noDataAccess().isEmpty());
    }

    /** What a built-in role does not grant, for roles that reach no vault data. */
    public static Optional<String> noDataAccess(KeyVaultRole role) {
        return CATALOG.stream()
                .filter(builtIn -> builtIn.guid().equals(role.definitionGuid()))
                .findFirst()
                .flatMap(BuiltIn::noDataAccess);
    }
}
