package io.github.akswi.config;

import java.util.OptionalInt;

/**
 * A Kubernetes service account whose tokens the identity accepts.
 *
 * @param federatedCredential the credential's name in Azure, with the stack's {@link NameSuffix}
 */
public record ServiceAccountSettings(
        String namespace,
        String name,
        String federatedCredential,
        OptionalInt tokenExpiration,
        ServiceAccountManagement manage) {

    /** The token subject the cluster's OIDC issuer puts in the service account's tokens. */
    public String subject() {
        return "system:serviceaccount:" + namespace + ":" + name;
    }

    /** {@code namespace/name}, the way kubectl names the object. */
    public String qualifiedName() {
        return namespace + "/" + name;
    }
}
