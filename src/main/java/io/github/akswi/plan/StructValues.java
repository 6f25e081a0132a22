package io.github.akswi.plan;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Turns the protobuf values the SDK sends the engine into plain Java values for printing. */
final class StructValues {
    // the Pulumi wire protocol's markers for special values
    private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    private static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    private static final String UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private StructValues() {}

    /** A struct as a sorted map; secrets become {@link Plan#SECRET}. */
    static Map<String, Object> toMap(Struct struct) {
        var map = new TreeMap<String, Object>();
        struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    static Object toJava(Value value) {
        switch (value.getKindCase()) {
            case NULL_VALUE:
                return null;
            case BOOL_VALUE:
                return value.getBoolValue();
            case NUMBER_VALUE:
                var number = value.getNumberValue();
                return number == Math.rint(number) && Math.abs(number) < 1e15
                        ? (Object) (long) number
                        : number;
            case STRING_VALUE:
                return UNKNOWN_VALUE.equals(value.getStringValue())
                        ? Plan.UNKNOWN
                        : value.getStringValue();
            case LIST_VALUE:
                var list = new ArrayList<Object>();
                value.getListValue().getValuesList().forEach(item -> list.add(toJava(item)));
                return list;
            case STRUCT_VALUE:
                return special(value.getStructValue());
            default:
                return null;
        }
    }

    private static Object special(Struct struct) {
        var fields = struct.getFieldsMap();
        var sig = fields.get(SIG_KEY);
        if (sig != null && SECRET_SIG.equals(sig.getStringValue())) {
            return Plan.SECRET;
        }
        if (sig != null && RESOURCE_SIG.equals(sig.getStringValue())) {
            var urn = fields.get("urn");
            return urn == null ? null : urn.getStringValue();
        }
        var map = new LinkedHashMap<String, Object>(toMap(struct));
        return map;
    }

    /** Whether the value at the top-level key is marked secret. */
    static boolean isSecret(Struct struct, String key) {
        var value = struct.getFieldsMap().get(key);
        if (value == null || !value.hasStructValue()) {
            return false;
        }
        var sig = value.getStructValue().getFieldsMap().get(SIG_KEY);
        return sig != null && SECRET_SIG.equals(sig.getStringValue());
    }
}
