package io.github.akswi.loopback;

import com.google.common.collect.ImmutableMap;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.pulumi.test.Mocks;

import io.github.akswi.plan.EngineUrns;
import io.github.akswi.plan.PlaceholderMocks;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterPackageRequest;
import pulumirpc.Resource.RegisterPackageResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;
import pulumirpc.ResourceMonitorGrpc;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The resource monitor half of the loopback engine: answers registrations, reads and function calls
 * from {@link PlaceholderMocks}, as the offline plan's engine does, and records them.
 */
final class LoopbackMonitor extends ResourceMonitorGrpc.ResourceMonitorImplBase {

    private static final String GET_RESOURCE = "pulumi:pulumi:getResource";

    private final String project;
    private final String stack;
    private final PlaceholderMocks mocks;
    private final List<Registration> registrations;
    private final Map<String, Struct> stackOutputs;
    private final Map<String, Map<String, Object>> statesByUrn = new ConcurrentHashMap<>();

    LoopbackMonitor(
            String project,
            String stack,
            PlaceholderMocks mocks,
            List<Registration> registrations,
            Map<String, Struct> stackOutputs) {
        this.project = project;
        this.stack = stack;
        this.mocks = mocks;
        this.registrations = registrations;
        this.stackOutputs = stackOutputs;
    }

    @Override
    public void supportsFeature(
            SupportsFeatureRequest request, StreamObserver<SupportsFeatureResponse> response) {
        // the SDK's test monitor answers the same, so both engines get requests of one shape
        var supported = !"outputValues".equals(request.getId());
        answer(
                response,
                () -> SupportsFeatureResponse.newBuilder().setHasSupport(supported).build());
    }

    @Override
    public void registerResource(
            RegisterResourceRequest request, StreamObserver<RegisterResourceResponse> response) {
        answer(response, () -> register(request));
    }

    private RegisterResourceResponse register(RegisterResourceRequest request) {
        var urn =
                EngineUrns.of(
                        stack, project, request.getParent(), request.getType(), request.getName());
        if (request.getType().equals(EngineUrns.ROOT_STACK_TYPE)) {
            registrations.add(new Registration(request, urn, Struct.getDefaultInstance()));
            return RegisterResourceResponse.newBuilder().setUrn(urn).build();
        }

        var inputs = WireValues.toMap(request.getObject(), WireValues.Mode.PLAIN);
        var importId = request.getImportId();
        var result =
                mocks.newResourceAsync(
                                new Mocks.ResourceArgs(
                                        request.getType(),
                                        request.getName(),
                                        inputs,
                                        request.getProvider(),
                                        importId))
                        .join();
        var id = result.id.orElse(importId);
        var state = WireValues.toStruct((Map<?, ?>) result.state);

        remember(urn, id, result.state);
        registrations.add(new Registration(request, urn, state));
        return RegisterResourceResponse.newBuilder().setUrn(urn).setId(id).setObject(state).build();
    }

    @Override
    public void readResource(
            ReadResourceRequest request, StreamObserver<ReadResourceResponse> response) {
        answer(
                response,
                () -> {
                    var urn =
                            EngineUrns.of(
                                    stack,
                                    project,
                                    request.getParent(),
                                    request.getType(),
                                    request.getName());
                    var inputs = WireValues.toMap(request.getProperties(), WireValues.Mode.PLAIN);
                    var result =
                            mocks.newResourceAsync(
                                            new Mocks.ResourceArgs(
                                                    request.getType(),
                                                    request.getName(),
                                                    inputs,
                                                    request.getProvider(),
                                                    request.getId()))
                                    .join();
                    remember(urn, result.id.orElse(request.getId()), result.state);
                    return ReadResourceResponse.newBuilder()
                            .setUrn(urn)
                            .setProperties(WireValues.toStruct((Map<?, ?>) result.state))
                            .build();
                });
    }

    @Override
    public void registerResourceOutputs(
            RegisterResourceOutputsRequest request, StreamObserver<Empty> response) {
        answer(
                response,
                () -> {
                    stackOutputs.put(request.getUrn(), request.getOutputs());
                    return Empty.getDefaultInstance();
                });
    }

    @Override
    public void invoke(
            ResourceInvokeRequest request, StreamObserver<ResourceInvokeResponse> response) {
        answer(
                response,
                () -> {
                    var args = WireValues.toMap(request.getArgs(), WireValues.Mode.PLAIN);
                    Map<String, Object> result;
                    if (request.getTok().equals(GET_RESOURCE)) {
                        result = statesByUrn.get(String.valueOf(args.get("urn")));
                        if (result == null) {
                            throw new IllegalArgumentException("no resource " + args.get("urn"));
                        }
                    } else {
                        result =
                                mocks.callAsync(
                                                new Mocks.CallArgs(
                                                        request.getTok(),
                                                        ImmutableMap.copyOf(args),
                                                        request.getProvider()))
                                        .join();
                    }
                    return ResourceInvokeResponse.newBuilder()
                            .setReturn(WireValues.toStruct(result))
                            .build();
                });
    }

    @Override
    public void registerPackage(
            RegisterPackageRequest request, StreamObserver<RegisterPackageResponse> response) {
        answer(
                response,
                () ->
                        RegisterPackageResponse.newBuilder()
                                .setRef(
                                        "loopback-"
                                                + request.getName()
                                                + "-"
                                                + request.getVersion())
                                .build());
    }

    private void remember(String urn, String id, Object state) {
        statesByUrn.put(urn, Map.of("urn", urn, "id", id, "state", state));
    }

    /** Sends what the supplier makes, or its failure as a gRPC error the SDK reports. */
    static <T> void answer(StreamObserver<T> response, Supplier<T> reply) {
        T value;
        try {
            value = reply.get();
        } catch (RuntimeException e) {
            response.onError(
                    Status.INTERNAL
                            .withDescription(String.valueOf(e.getMessage()))
                            .asRuntimeException());
            return;
        }
        response.onNext(value);
        response.onCompleted();
    }
}
