package io.github.akswi.kubernetes;

import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;

import io.github.akswi.config.IdentitySettings;
import io.github.akswi.config.ServiceAccountManagement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The namespaces service accounts live in. A cluster the stack creates has none of them, so the
 * stack creates those that its own service accounts need; otherwise they are only named.
 */
public final class Namespaces {
    private final Map<String, Namespace> created;

    private Namespaces(Map<String, Namespace> created) {
        this.created = created;
    }

    /** Names only: every namespace is expected to exist already. */
    public static Namespaces existing() {
        return new Namespaces(Map.of());
    }

    /** Creates each namespace that a service account with {@code manage: create} uses. */
    public static Namespaces create(List<IdentitySettings> identities, Provider provider) {
        var created = new TreeMap<String, Namespace>();
        for (var identity : identities) {
            for (var account : identity.serviceAccounts()) {
                if (account.manage() == ServiceAccountManagement.CREATE) {
                    created.computeIfAbsent(
                            account.namespace(),
                            name ->
                                    new Namespace(
                                            "ns-" + name,
                                            NamespaceArgs.builder()
                                                    .metadata(
                                                            ObjectMetaArgs.builder()
                                                                    .name(name)
                                                                    .build())
                                                    .build(),
                                            CustomResourceOptions.builder()
                                                    .provider(provider)
                                                    .build()));
                }
            }
        }
        return new Namespaces(created);
    }

    /** The namespace's name, carrying a dependency on it when the stack creates it. */
    public Output<String> name(String namespace) {
        var resource = created.get(namespace);
        return resource == null
                ? Output.of(namespace)
                : resource.metadata().applyValue(meta -> meta.name().orElse(namespace));
    }
}
