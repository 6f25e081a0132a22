package io.github.akswi.loopback;

import com.google.protobuf.Empty;

import io.grpc.stub.StreamObserver;

import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.RequirePulumiVersionRequest;
import pulumirpc.EngineOuterClass.RequirePulumiVersionResponse;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The engine half of the loopback engine: keeps log messages and the root resource. */
final class LoopbackEngineService extends EngineGrpc.EngineImplBase {

    private final List<LogRequest> logs;
    private final AtomicReference<String> rootResource = new AtomicReference<>("");

    LoopbackEngineService(List<LogRequest> logs) {
        this.logs = logs;
    }

    @Override
    public void log(LogRequest request, StreamObserver<Empty> response) {
        LoopbackMonitor.answer(
                response,
                () -> {
                    logs.add(request);
                    return Empty.getDefaultInstance();
                });
    }

    @Override
    public void getRootResource(
            GetRootResourceRequest request, StreamObserver<GetRootResourceResponse> response) {
        LoopbackMonitor.answer(
                response,
                () -> GetRootResourceResponse.newBuilder().setUrn(rootResource.get()).build());
    }

    @Override
    public void setRootResource(
            SetRootResourceRequest request, StreamObserver<SetRootResourceResponse> response) {
        LoopbackMonitor.answer(
                response,
                () -> {
                    rootResource.set(request.getUrn());
                    return SetRootResourceResponse.getDefaultInstance();
                });
    }

    @Override
    public void requirePulumiVersion(
            RequirePulumiVersionRequest request,
            StreamObserver<RequirePulumiVersionResponse> response) {
        // any version will do: there is no real engine to be too old
        LoopbackMonitor.answer(response, RequirePulumiVersionResponse::getDefaultInstance);
    }
}
