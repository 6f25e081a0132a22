package io.github.akswi.plan;

/**
 * URNs as the Pulumi engine builds them: {@code urn:pulumi:<stack>::<project>::<type>::<name>},
 * where the type is prefixed with the parent's type chain and a {@code $}, except that the root
 * stack's type is never part of a child's chain.
 */
public final class EngineUrns {

    /** The type of the stack resource every program registers first. */
    public static final String ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

    private EngineUrns() {}

    /** The URN of a resource registered with this parent URN (empty or null for none). */
    public static String of(
            String stack, String project, String parentUrn, String type, String name) {
        var qualifiedType = type;
        if (parentUrn != null && !parentUrn.isEmpty()) {
            var parentType = qualifiedType(parentUrn);
            if (!parentType.equals(ROOT_STACK_TYPE)) {
                qualifiedType = parentType + "$" + type;
            }
        }
        return "urn:pulumi:" + stack + "::" + project + "::" + qualifiedType + "::" + name;
    }

    /** The {@code parentType$...$type} part of a URN. */
    public static String qualifiedType(String urn) {
        // stack, project, qualified type, then the name, which may itself contain "::"
        var parts = urn.substring("urn:pulumi:".length()).split("::", 4);
        if (parts.length < 4) {
            throw new IllegalArgumentException("not a Pulumi URN: " + urn);
        }
        return parts[2];
    }
}
