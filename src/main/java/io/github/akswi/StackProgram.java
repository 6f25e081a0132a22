package io.github.akswi;

import com.pulumi.Context;
import com.pulumi.core.Output;

import io.github.akswi.azure.ClusterDeclaration;
import io.github.akswi.azure.IdentityContext;
import io.github.akswi.azure.Preflight;
import io.github.akswi.azure.WorkloadIdentity;
import io.github.akswi.config.ClusterMode;
import io.github.akswi.config.ConfigSource;
import io.github.akswi.config.SettingsReader;
import io.github.akswi.config.StackSettings;
import io.github.akswi.kubernetes.KubernetesAccess;
import io.github.akswi.kubernetes.Namespaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Pulumi program: what {@code pulumi up}, the tests and the offline plan all run. */
public final class StackProgram {

    private StackProgram() {}

    /** Reads the stack configuration and declares the stack. */
    public static void run(Context ctx) {
        declare(ctx, SettingsReader.read(ConfigSource.of(ctx), ctx.stackName()));
    }

    /** Declares the stack for validated settings. */
    public static void declare(Context ctx, StackSettings settings) {
        var preflight = Preflight.run(ctx, settings);
        if (settings.nameSuffix().isSet()) {
            ctx.log()
                    .info(
                            "names: the Azure names of identities, federated credentials and a"
                                    + " created cluster end with "
                                    + settings.nameSuffix().value()
                                    + " (nameSuffix)");
        }

        var cluster =
                ClusterDeclaration.declare(
                        ctx, settings, preflight.subscriptionId(), preflight.lookedUpCluster());
        var kubernetes = KubernetesAccess.provider(ctx, settings.kubernetes(), cluster);
        var namespaces =
                settings.cluster().mode() == ClusterMode.CREATE
                        ? Namespaces.create(settings.identities(), kubernetes)
                        : Namespaces.existing();
        var shared =
                new IdentityContext(
                        cluster.oidcIssuerUrl(),
                        preflight.subscriptionId(),
                        kubernetes,
                        namespaces,
                        settings.location());

        var identities = new ArrayList<WorkloadIdentity>();
        for (var identity : settings.identities()) {
            identities.add(new WorkloadIdentity(identity, shared));
        }

        ctx.export("oidcIssuerUrl", cluster.oidcIssuerUrl());
        ctx.export("identities", identityOutputs(identities));
    }

    private static Output<Map<String, Map<String, String>>> identityOutputs(
            List<WorkloadIdentity> identities) {
        var entries = identities.stream().map(StackProgram::ids).toList();
        return Output.all(entries)
                .applyValue(
                        values -> {
                            var byName = new TreeMap<String, Map<String, String>>();
                            for (int i = 0; i < values.size(); i++) {
                                byName.put(identities.get(i).pulumiResourceName(), values.get(i));
                            }
                            return byName;
                        });
    }

    /** An identity's ids, in a fixed order so that outputs print the same on every run. */
    private static Output<Map<String, String>> ids(WorkloadIdentity identity) {
        return Output.tuple(
                        identity.clientId,
                        identity.principalId,
                        identity.tenantId,
                        identity.resourceId)
                .applyValue(
                        ids -> {
                            var named = new TreeMap<String, String>();
                            named.put("clientId", ids.t1);
                            named.put("principalId", ids.t2);
                            named.put("tenantId", ids.t3);
                            named.put("resourceId", ids.t4);
                            return named;
                        });
    }
}
