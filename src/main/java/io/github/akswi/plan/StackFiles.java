package io.github.akswi.plan;

import com.google.gson.Gson;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a project file and a stack file into the configuration the Pulumi CLI would hand the
 * program: full keys to strings, structured values as JSON, project defaults under stack values,
 * and {@code secure:} values kept encrypted but marked secret.
 */
public final class StackFiles {

    /** The configuration of one stack. */
    public record StackConfig(String project, Map<String, String> values, Set<String> secretKeys) {}

    /** A file that cannot be read or is not shaped like a Pulumi file. */
    public static final class StackFileException extends Exception {
        private static final long serialVersionUID = 1L;

        StackFileException(String message) {
            super(message);
        }
    }

    private static final Set<String> SCHEMA_KEYS =
            Set.of("type", "description", "default", "value", "secret", "items");
    private static final Gson GSON = new Gson();

    private StackFiles() {}

    /** Reads the project file and the stack file. */
    public static StackConfig read(Path projectFile, Path stackFile) throws StackFileException {
        var project = yamlMap(projectFile);
        var projectName = project.get("name") instanceof String name ? name : null;
        if (projectName == null) {
            throw new StackFileException(
                    projectFile + ": name: missing; expected the project name");
        }
        var values = new TreeMap<String, String>();
        var secrets = new TreeSet<String>();
        var defaults = section(project, "config", projectFile);
        for (var entry : defaults.entrySet()) {
            var value = projectDefault(entry.getKey(), entry.getValue(), projectFile);
            if (value != null) {
                put(values, secrets, fullKey(projectName, entry.getKey()), value);
            }
        }
        var stack = yamlMap(stackFile);
        for (var entry : section(stack, "config", stackFile).entrySet()) {
            put(values, secrets, fullKey(projectName, entry.getKey()), entry.getValue());
        }
        return new StackConfig(projectName, values, secrets);
    }

    /** Finds {@code Pulumi.yaml} in the stack file's folder or above it. */
    public static Path findProjectFile(Path stackFile) throws StackFileException {
        var dir = stackFile.toAbsolutePath().getParent();
        while (dir != null) {
            var candidate = dir.resolve("Pulumi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new StackFileException(stackFile + ": no Pulumi.yaml in its folder or above it");
    }

    /**
     * A project-level default: a scalar or list as it is, or the {@code default} or {@code value}
     * of a declaration; the CLI refuses any other map, and so does the plan.
     */
    private static Object projectDefault(String key, Object entry, Path projectFile)
            throws StackFileException {
        if (!(entry instanceof Map<?, ?> map)) {
            return entry;
        }
        if (map.isEmpty() || !SCHEMA_KEYS.containsAll(map.keySet())) {
            throw new StackFileException(
                    projectFile
                            + ": config."
                            + key
                            + ": a project default"
                            + " must be a scalar, a list, or a declaration with keys "
                            + String.join(", ", new TreeSet<>(SCHEMA_KEYS)));
        }
        return map.containsKey("value") ? map.get("value") : map.get("default");
    }

    private static void put(
            Map<String, String> values, Set<String> secrets, String key, Object value) {
        if (isSecure(value) || containsSecure(value)) {
            secrets.add(key);
        }
        values.put(key, raw(value));
    }

    /**
     * The string the CLI would pass: scalars as text, structures as JSON, secure values
     * undecrypted.
     */
    private static String raw(Object value) {
        if (isSecure(value)) {
            return String.valueOf(((Map<?, ?>) value).get("secure"));
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Map || value instanceof List) {
            return GSON.toJson(plain(value));
        }
        return String.valueOf(value);
    }

    private static Object plain(Object value) {
        if (isSecure(value)) {
            return ((Map<?, ?>) value).get("secure");
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StackFiles::plain).toList();
        }
        return value;
    }

    private static boolean isSecure(Object value) {
        return value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("secure");
    }

    private static boolean containsSecure(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> isSecure(v) || containsSecure(v));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> isSecure(v) || containsSecure(v));
        }
        return false;
    }

    private static String fullKey(String project, String key) {
        if (!key.contains(":")) {
            return project + ":" + key;
        }
        // the CLI also accepts the legacy form namespace:config:key
        var parts = key.split(":", 3);
        return parts.length == 3 && parts[1].equals("config") ? parts[0] + ":" + parts[2] : key;
    }

    private static Map<String, Object> section(Map<String, Object> file, String key, Path path)
            throws StackFileException {
        var section = file.get(key);
        if (section == null) {
            return Map.of();
        }
        if (!(section instanceof Map<?, ?> map)) {
            throw new StackFileException(
                    path + ": " + key + ": expected a map of configuration keys");
        }
        var result = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static Map<String, Object> yamlMap(Path path) throws StackFileException {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new StackFileException(path + ": file not found");
        } catch (IOException e) {
            throw new StackFileException(path + ": cannot be read (" + e.getMessage() + ")");
        }
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new StackFileException(
                    path + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (parsed == null) {
            return Map.of();
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new StackFileException(path + ": expected a YAML map at the top level");
        }
        var result = new LinkedHashMap<String, Object>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
