package io.github.akswi.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every configuration problem so that a user sees all of them in one run. */
final class Problems {
    private final List<String> lines = new ArrayList<>();

    void invalid(String path, Object value, String accepted) {
        lines.add(path + ": " + quote(value) + " is not valid; " + accepted);
    }

    void missing(String path, String accepted) {
        lines.add(path + ": required key is missing; " + accepted);
    }

    void add(String path, String message) {
        lines.add(path + ": " + message);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
