package io.github.akswi.kubernetes;

import com.pulumi.core.Output;

import io.github.akswi.config.ServiceAccountSettings;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The annotations the workload identity webhook reads from a service account. */
public final class Annotations {

    /** The identity's client id, which the webhook puts into the pod as AZURE_CLIENT_ID. */
    public static final String CLIENT_ID = "azure.workload.identity/client-id";

    /** The identity's tenant. */
    public static final String TENANT_ID = "azure.workload.identity/tenant-id";

    /** Lifetime in seconds of the projected service account token. */
    public static final String TOKEN_EXPIRATION =
            "azure.workload.identity/service-account-token-expiration";

    private Annotations() {}

    /** Client id and tenant id of the identity, and the token lifetime when one is configured. */
    public static Output<Map<String, String>> of(
            ServiceAccountSettings account, Output<String> clientId, Output<String> tenantId) {
        return Output.tuple(clientId, tenantId)
                .applyValue(
                        ids -> {
                            var annotations = new TreeMap<String, String>();
                            annotations.put(CLIENT_ID, ids.t1);
                            annotations.put(TENANT_ID, ids.t2);
                            account.tokenExpiration()
                                    .ifPresent(
                                            seconds ->
                                                    annotations.put(
                                                            TOKEN_EXPIRATION,
                                                            Integer.toString(seconds)));
                            return Collections.unmodifiableMap(annotations);
                        });
    }
}
