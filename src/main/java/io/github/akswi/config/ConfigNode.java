package io.github.akswi.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** A JSON value of the configuration with its key path, reporting type mistakes as problems. */
final class ConfigNode {
    private final String path;
    private final JsonElement value;
    private final Problems problems;

    ConfigNode(String path, JsonElement value, Problems problems) {
        this.path = path;
        this.value = value;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    /** This value as an object, or empty (with a problem) when it is something else. */
    Optional<ConfigNode> asObject(Set<String> allowedKeys) {
        if (!value.isJsonObject()) {
            problems.invalid(
                    path,
                    render(value),
                    "expected a map with keys " + String.join(", ", new TreeSet<>(allowedKeys)));
            return Optional.empty();
        }
        for (var key : value.getAsJsonObject().keySet()) {
            if (!allowedKeys.contains(key)) {
                problems.add(
                        child(key),
                        "unknown key; accepted keys are "
                                + String.join(", ", new TreeSet<>(allowedKeys)));
            }
        }
        return Optional.of(this);
    }

    /** A member, or empty when absent or null. */
    Optional<ConfigNode> member(String key) {
        JsonObject object = value.getAsJsonObject();
        var member = object.get(key);
        if (member == null || member.isJsonNull()) {
            return Optional.empty();
        }
        return Optional.of(new ConfigNode(child(key), member, problems));
    }

    /** A string member; a problem when it is present with another type. */
    Optional<String> string(String key) {
        return member(key).flatMap(ConfigNode::asString);
    }

    /** A string member that must be present. */
    Optional<String> requiredString(String key, String accepted) {
        var found = member(key);
        if (found.isEmpty()) {
            problems.missing(child(key), accepted);
            return Optional.empty();
        }
        return found.get().asString();
    }

    /** An integer member; a problem when it is present and not a whole number. */
    OptionalInt integer(String key, String accepted) {
        var found = member(key);
        if (found.isEmpty()) {
            return OptionalInt.empty();
        }
        var element = found.get().value;
        if (element.isJsonPrimitive()) {
            try {
                var number = new BigDecimal(element.getAsString().trim());
                return OptionalInt.of(number.intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
        }
        problems.invalid(found.get().path, render(element), accepted);
        return OptionalInt.empty();
    }

    /** A boolean member, false when absent. */
    boolean flag(String key) {
        var found = member(key);
        if (found.isEmpty()) {
            return false;
        }
        var element = found.get().value;
        if (element.isJsonPrimitive()) {
            var text = element.getAsString().trim();
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        problems.invalid(found.get().path, render(element), "expected true or false");
        return false;
    }

    /** A list member; empty list when absent, a problem when it is not a list. */
    List<ConfigNode> list(String key) {
        var found = member(key);
        if (found.isEmpty()) {
            return List.of();
        }
        return found.get().asList();
    }

    /** A list member that must be present and hold at least one item; one problem otherwise. */
    List<ConfigNode> requiredList(String key, String accepted) {
        var found = member(key);
        if (found.isEmpty()) {
            problems.missing(child(key), accepted);
            return List.of();
        }
        var items = found.get().asList();
        if (items.isEmpty() && found.get().value.isJsonArray()) {
            problems.add(found.get().path, "the list is empty; " + accepted);
        }
        return items;
    }

    /** This value as a list of nodes, with indexed paths. */
    List<ConfigNode> asList() {
        if (!value.isJsonArray()) {
            problems.invalid(path, render(value), "expected a list");
            return List.of();
        }
        JsonArray array = value.getAsJsonArray();
        var items = new ArrayList<ConfigNode>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(new ConfigNode(path + "[" + i + "]", array.get(i), problems));
        }
        return items;
    }

    /** This value as a string; numbers and booleans are not silently turned into names. */
    Optional<String> asString() {
        if (value.isJsonPrimitive() && ((JsonPrimitive) value).isString()) {
            return Optional.of(value.getAsString());
        }
        problems.invalid(path, render(value), "expected a string");
        return Optional.empty();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * A value as a problem line shows it: text quoted, numbers and booleans bare, the rest as JSON.
     */
    private static Object render(JsonElement element) {
        if (element.isJsonPrimitive()) {
            var primitive = (JsonPrimitive) element;
            if (primitive.isString()) {
                return primitive.getAsString();
            }
            if (primitive.isNumber()) {
                return primitive.getAsBigDecimal();
            }
            return primitive.getAsBoolean();
        }
        return element.toString();
    }
}
