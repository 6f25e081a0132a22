package io.github.akswi.azure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Role assignment names. Azure names an assignment by a GUID of the caller's choosing; deriving it
 * from what the assignment means makes a re-run after lost state converge on the same assignment
 * instead of failing with {@code RoleAssignmentExists}.
 */
public final class RoleAssignmentNames {

    private RoleAssignmentNames() {}

    /** A name-based UUID of the scope, the identity's resource id and the role definition GUID. */
    public static String of(String scope, String identityResourceId, String roleDefinitionGuid) {
        var key =
                String.join("\n", scope, identityResourceId, roleDefinitionGuid)
                        .toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
