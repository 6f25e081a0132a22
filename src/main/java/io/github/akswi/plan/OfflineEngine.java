package io.github.akswi.plan;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;

import io.github.akswi.StackProgram;

import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a Pulumi program on the Pulumi SDK's own test engine, recording each registration request
 * exactly as the SDK sends it. The only class of the project that touches the SDK's internal test
 * API: configuration and request recording are not part of its public surface.
 */
public final class OfflineEngine {

    /** How a run ended. */
    public record Result(Plan plan, int exitCode, List<String> errors, List<Exception> exceptions) {
        /** Whether the program ran to the end without an error. */
        public boolean succeeded() {
            return exitCode == 0 && errors.isEmpty() && exceptions.isEmpty();
        }
    }

    private OfflineEngine() {}

    /**
     * Runs the program once.
     *
     * @param config full config keys ({@code namespace:key}) to raw values, as the CLI passes them
     * @param secretKeys the keys whose values are secret
     * @param preview true to run as {@code pulumi preview} does
     */
    public static Result run(
            String project,
            String stack,
            Map<String, String> config,
            Set<String> secretKeys,
            PlaceholderMocks mocks,
            boolean preview,
            Consumer<Context> program) {
        var recorder = new Recorder(mocks, project, stack);
        var log = new LogCapture();
        var logger =
                Logger.getLogger(
                        "aks-workload-identity.offline." + stack + "." + System.nanoTime());
        logger.setUseParentHandlers(false);
        logger.addHandler(log);
        logger.setLevel(Level.INFO);
        try {
            var test =
                    PulumiTestInternal.builder()
                            .options(
                                    TestOptions.builder()
                                            .projectName(project)
                                            .stackName(stack)
                                            .preview(preview)
                                            .build())
                            .mocks(mocks)
                            .config(config, secretKeys)
                            .standardLogger(logger)
                            .monitorDecorator(ignored -> recorder)
                            .build();
            var result = test.runTest(program);
            var plan =
                    new Plan(
                            project,
                            stack,
                            recorder.resources(),
                            stackOutputs(result.outputs()),
                            mocks.placeholders(),
                            log.lines(),
                            recorder.reads());
            return new Result(
                    plan,
                    result.exitCode(),
                    List.copyOf(result.errors()),
                    List.copyOf(result.exceptions()));
        } finally {
            PulumiTestInternal.cleanup();
        }
    }

    /** Runs the stack program on a stack's configuration, as {@code pulumi up} would. */
    public static Result plan(StackFiles.StackConfig config, String stack, PlaceholderMocks mocks) {
        return run(
                config.project(),
                stack,
                config.values(),
                config.secretKeys(),
                mocks,
                false,
                StackProgram::run);
    }

    private static Map<String, Object> stackOutputs(Map<String, Output<?>> outputs) {
        var values = new TreeMap<String, Object>();
        outputs.forEach(
                (name, output) -> {
                    var data = PulumiTestInternal.extractOutputData(output);
                    Object value =
                            data.isSecret()
                                    ? Plan.SECRET
                                    : data.isKnown() ? data.getValueNullable() : Plan.UNKNOWN;
                    values.put(name, value);
                });
        return values;
    }

    /** The test engine's monitor, keeping every registration request and the engine's answer. */
    private static final class Recorder extends MockMonitor {
        private final List<CompletableFuture<PlannedResource>> registrations =
                Collections.synchronizedList(new ArrayList<>());

        private final List<PlannedRead> reads = Collections.synchronizedList(new ArrayList<>());

        private final String project;
        private final String stack;

        Recorder(Mocks mocks, String project, String stack) {
            super(mocks, PulumiTestInternal.mockLog());
            this.project = project;
            this.stack = stack;
        }

        @Override
        public CompletableFuture<ResourceInvokeResponse> invokeAsync(
                ResourceInvokeRequest request) {
            reads.add(new PlannedRead(request.getTok(), StructValues.toMap(request.getArgs())));
            return super.invokeAsync(request);
        }

        List<PlannedRead> reads() {
            synchronized (reads) {
                // sorted, so that the order does not depend on the SDK's threads
                return reads.stream()
                        .sorted(
                                Comparator.comparing(PlannedRead::token)
                                        .thenComparing(read -> read.args().toString()))
                        .toList();
            }
        }

        /**
         * Answers as the test monitor does, with the URN the real engine would give: the test
         * monitor keeps the root stack's type in its children's type chains, the engine does not.
         */
        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(
                Resource resource, RegisterResourceRequest request) {
            var urn =
                    EngineUrns.of(
                            stack,
                            project,
                            request.getParent(),
                            request.getType(),
                            request.getName());
            var response =
                    super.registerResourceAsync(resource, request)
                            .thenApply(answer -> answer.toBuilder().setUrn(urn).build());
            registrations.add(response.thenApply(answer -> planned(request, answer)));
            return response;
        }

        List<PlannedResource> resources() {
            List<PlannedResource> planned;
            synchronized (registrations) {
                planned = registrations.stream().map(CompletableFuture::join).toList();
            }
            return DependencyOrder.sort(planned);
        }

        private static PlannedResource planned(
                RegisterResourceRequest request, RegisterResourceResponse answer) {
            var inputs = StructValues.toMap(request.getObject());
            var outputs = new LinkedHashMap<String, Object>(StructValues.toMap(answer.getObject()));
            for (var key : request.getObject().getFieldsMap().keySet()) {
                if (StructValues.isSecret(request.getObject(), key)) {
                    outputs.put(key, Plan.SECRET);
                }
            }
            return new PlannedResource(
                    answer.getUrn(),
                    request.getType(),
                    request.getName(),
                    blankToNull(request.getParent()),
                    request.getCustom(),
                    blankToNull(request.getProvider()),
                    inputs,
                    outputs,
                    request.getDependenciesList().stream().sorted().toList(),
                    request.getProtect(),
                    request.getRetainOnDelete(),
                    blankToNull(request.getImportId()),
                    request.getIgnoreChangesList());
        }

        private static String blankToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
