package io.github.akswi.loopback;

/**
 * URNs as the Pulumi engine builds them: {@code urn:pulumi:<stack>::<project>::<type>::<name>},
 * where the type is prefixed with the parent's type chain and a {@code $}, except that the root
 * stack's type is never part of a child's chain.
 */
final class EngineUrns {

    /** The type of the stack resource every program registers first. */
    static final String ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

    private EngineUrns() {
    }

    /** The URN of a resource registered with this parent URN (empty or null for none). */
    static String of(String stack, String project, String parentUrn, String type, String name) {
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
    static String qualifiedType(String urn) {
        // stack, project, qualified type, then the name, which may itself contain "::"
        var parts = urn.substring("urn:pulumi:".length()).split("::", 4);
        if (parts.length < 4) {
            throw new IllegalArgumentException("not a Pulumi URN: " + urn);
        }
        return parts[2];
    }

    /**
     * A URN from the Pulumi SDK's test monitor in the engine's form: that monitor keeps the root
     * stack's type at the head of its children's type chains, the engine does not.
     */
    static String fromTestMonitor(String text) {
        return text.replace("::" + ROOT_STACK_TYPE + "$", "::");
    }
}
