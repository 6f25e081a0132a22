package io.github.akswi.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.ServiceAccountPatch;
import com.pulumi.kubernetes.core.v1.ServiceAccountPatchArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaPatchArgs;
import com.pulumi.resources.CustomResourceOptions;

import io.github.akswi.azure.IdentityContext;
import io.github.akswi.config.ServiceAccountSettings;

import java.util.Map;

/** The Kubernetes side of an identity: its service accounts, created or annotated. */
public final class ServiceAccounts {

    /** Label that marks objects this stack owns. */
    public static final Map<String, String> LABELS =
            Map.of("app.kubernetes.io/managed-by", "pulumi");

    private ServiceAccounts() {}

    /**
     * Declares the service account's Kubernetes object as {@code manage} says: a ServiceAccount, a
     * server-side-apply patch of someone else's, or nothing.
     *
     * @param options the identity's options for its children; the Kubernetes provider is added
     */
    public static void declare(
            CustomResourceOptions.Builder options,
            String identity,
            ServiceAccountSettings account,
            Output<String> clientId,
            Output<String> tenantId,
            IdentityContext shared) {
        var annotations = Annotations.of(account, clientId, tenantId);
        var withProvider = options.provider(shared.kubernetesProvider()).build();
        var suffix = account.namespace() + "-" + account.name();
        switch (account.manage()) {
            case CREATE:
                new ServiceAccount(
                        identity + "-sa-" + suffix,
                        ServiceAccountArgs.builder()
                                .metadata(
                                        ObjectMetaArgs.builder()
                                                .name(account.name())
                                                .namespace(
                                                        shared.namespaces()
                                                                .name(account.namespace()))
                                                .labels(LABELS)
                                                .annotations(annotations)
                                                .build())
                                .build(),
                        withProvider);
                break;
            case PATCH:
                new ServiceAccountPatch(
                        identity + "-sapatch-" + suffix,
                        ServiceAccountPatchArgs.builder()
                                .metadata(
                                        ObjectMetaPatchArgs.builder()
                                                .name(account.name())
                                                .namespace(account.namespace())
                                                .annotations(annotations)
                                                .build())
                                .build(),
                        withProvider);
                break;
            case NONE:
            default:
                break;
        }
    }
}
