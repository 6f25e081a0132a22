package io.github.akswi.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The plan's dependency graph as a Mermaid flowchart. Each custom resource is a node and each
 * component (the stack itself included) a subgraph holding its children, both labelled with the
 * resource's kind and logical name. An edge goes from a dependency to the resource that depends on
 * it, one per entry of the resource's {@code dependsOn}.
 */
public final class MermaidRenderer {

    private static final String INDENT = "    ";

    private MermaidRenderer() {}

    /** The flowchart, nodes and subgraphs first in plan order, then the edges. */
    public static String render(Plan plan) {
        var ids = ids(plan.resources());
        var children = new HashMap<String, List<PlannedResource>>();
        var roots = new ArrayList<PlannedResource>();
        for (var resource : plan.resources()) {
            if (resource.parent() != null && ids.containsKey(resource.parent())) {
                children.computeIfAbsent(resource.parent(), k -> new ArrayList<>()).add(resource);
            } else {
                roots.add(resource);
            }
        }

        var out = new StringBuilder("flowchart LR\n");
        for (var root : roots) {
            declare(out, root, ids, children, 1);
        }
        for (var resource : plan.resources()) {
            for (var dependency : resource.dependsOn()) {
                if (ids.containsKey(dependency)) {
                    out.append(INDENT)
                            .append(ids.get(dependency))
                            .append(" --> ")
                            .append(ids.get(resource.urn()))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void declare(
            StringBuilder out,
            PlannedResource resource,
            Map<String, String> ids,
            Map<String, List<PlannedResource>> children,
            int depth) {
        var indent = INDENT.repeat(depth);
        var id = ids.get(resource.urn());
        if (resource.custom()) {
            out.append(indent).append(id).append("[\"").append(label(resource)).append("\"]\n");
            return;
        }
        out.append(indent)
                .append("subgraph ")
                .append(id)
                .append(" [\"")
                .append(label(resource))
                .append("\"]\n");
        for (var child : children.getOrDefault(resource.urn(), List.of())) {
            declare(out, child, ids, children, depth + 1);
        }
        out.append(indent).append("end\n");
    }

    private static String label(PlannedResource resource) {
        // a double quote would end the label; Mermaid reads #quot; as one
        return (resource.kind() + ": " + resource.name()).replace("\"", "#quot;");
    }

    /**
     * A Mermaid identifier per URN: the kind and name with every other character turned into '_',
     * starting with the kind's capital letter (so never the keyword end, nor an o or x that Mermaid
     * would read as an edge end), with a number added when two would be equal.
     */
    static Map<String, String> ids(List<PlannedResource> resources) {
        var ids = new HashMap<String, String>();
        var taken = new HashSet<String>();
        for (var resource : resources) {
            var base = (resource.kind() + "_" + resource.name()).replaceAll("[^A-Za-z0-9_]", "_");
            var id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "_" + n;
            }
            ids.put(resource.urn(), id);
        }
        return ids;
    }
}
