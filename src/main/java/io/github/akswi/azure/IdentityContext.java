package io.github.akswi.azure;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;

import io.github.akswi.kubernetes.Namespaces;

import java.util.Optional;

/**
 * What every identity shares: the cluster's issuer, the deployment's subscription, the way to the
 * cluster's Kubernetes API, and the location for identities that name none ({@code
 * azure-native:location}).
 */
public record IdentityContext(
        Output<String> oidcIssuerUrl,
        String subscriptionId,
        Provider kubernetesProvider,
        Namespaces namespaces,
        Optional<String> defaultLocation) {}
