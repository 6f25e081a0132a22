package io.github.akswi.loopback;

import com.google.gson.Gson;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables the Pulumi Java language host adds to its own environment before it starts a
 * program: each {@code PULUMI_*} value only when it is not empty, {@code PULUMI_CONFIG} as a JSON
 * object of full keys to strings, {@code PULUMI_CONFIG_SECRET_KEYS} as a JSON array.
 */
public final class LanguageHostEnvironment {

    /** What {@code pulumi up} on a self-managed backend passes as the organization. */
    public static final String ORGANIZATION = "organization";

    /** The CLI's degree of parallelism on this kind of machine; the Java SDK does not read it. */
    public static final int PARALLEL = 8;

    private static final Gson GSON = new Gson();

    private LanguageHostEnvironment() {}

    /**
     * The added variables for a run against an engine.
     *
     * @param programDirectory the folder of Pulumi.yaml, also the program's working directory
     * @param dryRun true for {@code pulumi preview}, false for {@code pulumi up}
     */
    public static Map<String, String> of(
            String engineAddress,
            String project,
            String stack,
            Path programDirectory,
            boolean dryRun,
            Map<String, String> config,
            Set<String> secretKeys) {
        var env = new LinkedHashMap<String, String>();
        putIfSet(env, "PULUMI_MONITOR", engineAddress);
        putIfSet(env, "PULUMI_ENGINE", engineAddress);
        putIfSet(env, "PULUMI_ORGANIZATION", ORGANIZATION);
        putIfSet(env, "PULUMI_PROJECT", project);
        putIfSet(env, "PULUMI_STACK", stack);
        putIfSet(env, "PULUMI_PWD", programDirectory.toAbsolutePath().toString());
        putIfSet(env, "PULUMI_DRY_RUN", Boolean.toString(dryRun));
        putIfSet(env, "PULUMI_PARALLEL", Integer.toString(PARALLEL));
        putIfSet(env, "PULUMI_CONFIG", GSON.toJson(config));
        putIfSet(env, "PULUMI_CONFIG_SECRET_KEYS", GSON.toJson(List.copyOf(secretKeys)));
        return env;
    }

    /**
     * Applies the added variables to a process's environment, inherited from this one as the host's
     * is; stray {@code PULUMI_*} variables of the test's own shell are removed first.
     */
    public static void apply(Map<String, String> processEnvironment, Map<String, String> added) {
        processEnvironment.keySet().removeIf(name -> name.startsWith("PULUMI_"));
        processEnvironment.putAll(added);
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null && !value.isEmpty()) {
            env.put(name, value);
        }
    }
}
