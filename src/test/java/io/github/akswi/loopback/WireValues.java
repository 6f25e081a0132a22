package io.github.akswi.loopback;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import io.github.akswi.plan.Plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts between the protobuf values on the engine wire and plain Java values. Special values
 * (secrets, output values, resource references) are structs marked by a signature key.
 */
final class WireValues {
    // signature key and values of the Pulumi property wire format
    static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    static final String RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /** How a converted value treats special values. */
    enum Mode {
        /** For mocks: secrets unwrapped, unknowns null, resource references kept as wire values. */
        PLAIN,
        /** For comparison with the offline plan: secrets and unknowns as its markers. */
        DISPLAY
    }

    private WireValues() {}

    /** The fields of a struct; PLAIN leaves unknown fields out, as the SDK's test monitor does. */
    static Map<String, Object> toMap(Struct struct, Mode mode) {
        var map = new TreeMap<String, Object>();
        struct.getFieldsMap()
                .forEach(
                        (key, value) -> {
                            var converted = toJava(value, mode);
                            if (converted != null || mode == Mode.DISPLAY) {
                                map.put(key, converted);
                            }
                        });
        return map;
    }

    static Object toJava(Value value, Mode mode) {
        switch (value.getKindCase()) {
            case BOOL_VALUE:
                return value.getBoolValue();
            case NUMBER_VALUE:
                return number(value.getNumberValue());
            case STRING_VALUE:
                var text = value.getStringValue();
                return UNKNOWN.equals(text) ? unknown(mode) : text;
            case LIST_VALUE:
                var list = new ArrayList<Object>();
                value.getListValue().getValuesList().forEach(item -> list.add(toJava(item, mode)));
                return list;
            case STRUCT_VALUE:
                return special(value, mode);
            default:
                return null;
        }
    }

    private static Object special(Value value, Mode mode) {
        var fields = value.getStructValue().getFieldsMap();
        var sig = fields.containsKey(SIG_KEY) ? fields.get(SIG_KEY).getStringValue() : "";
        switch (sig) {
            case SECRET_SIG:
                return mode == Mode.DISPLAY ? Plan.SECRET : plainOrNull(fields.get("value"));
            case OUTPUT_SIG:
                if (!fields.containsKey("value")) {
                    return unknown(mode);
                }
                var secret = fields.containsKey("secret") && fields.get("secret").getBoolValue();
                var inner = toJava(fields.get("value"), mode);
                return secret && mode == Mode.DISPLAY ? Plan.SECRET : inner;
            case RESOURCE_SIG:
                // the mock echoes inputs back, so a reference must go back out unchanged
                return mode == Mode.DISPLAY ? fields.get("urn").getStringValue() : value;
            default:
                return new LinkedHashMap<>(toMap(value.getStructValue(), mode));
        }
    }

    private static Object plainOrNull(Value inner) {
        return inner == null ? null : toJava(inner, Mode.PLAIN);
    }

    private static Object unknown(Mode mode) {
        return mode == Mode.DISPLAY ? Plan.UNKNOWN : null;
    }

    private static Object number(double number) {
        // whole numbers compare as the offline plan prints them
        var whole = number == Math.rint(number) && Math.abs(number) < 1e15;
        return whole ? (Object) (long) number : number;
    }

    /** A map of plain Java values as a struct. */
    static Struct toStruct(Map<?, ?> map) {
        var struct = Struct.newBuilder();
        map.forEach((key, value) -> struct.putFields(String.valueOf(key), toValue(value)));
        return struct.build();
    }

    static Value toValue(Object value) {
        if (value == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (value instanceof Value wire) {
            return wire;
        }
        if (value instanceof Boolean flag) {
            return Value.newBuilder().setBoolValue(flag).build();
        }
        if (value instanceof Number number) {
            return Value.newBuilder().setNumberValue(number.doubleValue()).build();
        }
        if (value instanceof Map<?, ?> map) {
            return Value.newBuilder().setStructValue(toStruct(map)).build();
        }
        if (value instanceof Collection<?> items) {
            var list = ListValue.newBuilder();
            items.forEach(item -> list.addValues(toValue(item)));
            return Value.newBuilder().setListValue(list).build();
        }
        return Value.newBuilder().setStringValue(String.valueOf(value)).build();
    }
}
