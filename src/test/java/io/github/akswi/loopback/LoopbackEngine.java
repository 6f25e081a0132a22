package io.github.akswi.loopback;

import com.google.protobuf.Struct;

import io.github.akswi.plan.PlaceholderMocks;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;

import pulumirpc.EngineOuterClass.LogRequest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the Pulumi engine, for tests: one gRPC server on 127.0.0.1 serving the resource
 * monitor and engine services a Pulumi program talks to, answering like the offline plan and
 * recording every registration and log message.
 */
public final class LoopbackEngine implements AutoCloseable {

    private final Server server;
    private final List<Registration> registrations =
            Collections.synchronizedList(new ArrayList<>());
    private final List<LogRequest> logs = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Struct> stackOutputs = new ConcurrentHashMap<>();

    private LoopbackEngine(String project, String stack, PlaceholderMocks mocks) {
        this.server =
                NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                        .addService(
                                new LoopbackMonitor(
                                        project, stack, mocks, registrations, stackOutputs))
                        .addService(new LoopbackEngineService(logs))
                        .build();
    }

    /** Starts an engine for one stack on an ephemeral port. */
    public static LoopbackEngine start(String project, String stack, PlaceholderMocks mocks)
            throws IOException {
        var engine = new LoopbackEngine(project, stack, mocks);
        engine.server.start();
        return engine;
    }

    /** The address to pass as both {@code PULUMI_MONITOR} and {@code PULUMI_ENGINE}. */
    public String address() {
        return "127.0.0.1:" + server.getPort();
    }

    /** Every registration so far, in the order it arrived. */
    public List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    /** Every log message so far, in the order it arrived. */
    public List<LogRequest> logs() {
        synchronized (logs) {
            return List.copyOf(logs);
        }
    }

    /** The outputs each component registered, by URN; the stack's are its exports. */
    public Map<String, Struct> registeredOutputs() {
        return Map.copyOf(stackOutputs);
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
    }
}
