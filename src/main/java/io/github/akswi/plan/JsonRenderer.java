package io.github.akswi.plan;

import com.google.gson.GsonBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan as JSON, the format other tools read. */
public final class JsonRenderer {

    private JsonRenderer() {}

    /** The plan in the JSON form other tools read, pretty-printed, ending with a newline. */
    public static String render(Plan plan) {
        var root = new LinkedHashMap<String, Object>();
        root.put("project", plan.project());
        root.put("stack", plan.stack());
        root.put("resources", plan.resources().stream().map(JsonRenderer::resource).toList());
        root.put("outputs", plan.outputs());
        return new GsonBuilder()
                        .serializeNulls()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root)
                + System.lineSeparator();
    }

    private static Map<String, Object> resource(PlannedResource resource) {
        var json = new LinkedHashMap<String, Object>();
        json.put("urn", resource.urn());
        json.put("type", resource.type());
        json.put("name", resource.name());
        json.put("parent", resource.parent());
        json.put("custom", resource.custom());
        json.put("provider", resource.provider());
        json.put("inputs", resource.inputs());
        json.put("outputs", resource.outputs());
        json.put("dependsOn", resource.dependsOn());
        json.put("protect", resource.protect());
        json.put("retainOnDelete", resource.retainOnDelete());
        json.put("importId", resource.importId());
        json.put("ignoreChanges", List.copyOf(resource.ignoreChanges()));
        return json;
    }
}
