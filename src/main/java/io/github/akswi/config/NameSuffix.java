package io.github.akswi.config;

import java.util.regex.Pattern;

/**
 * What {@code aks-workload-identity:nameSuffix} appends to the Azure names the stack creates, so
 * that stacks of one project can share a subscription. The template may contain {@code {stack}},
 * which stands for the stack name.
 *
 * @param template the configured value, empty when the key is not set
 * @param value the template with the stack name put in, empty when the key is not set
 */
public record NameSuffix(String template, String value) {

    /** The placeholder for the stack name. */
    public static final String STACK = "{stack}";

    /** What a template may contain, for error messages. */
    static final String ACCEPTED =
            "expected letters, digits, '-' and '_', and "
                    + STACK
                    + " for the stack name, such as -"
                    + STACK;

    private static final Pattern TEMPLATE = Pattern.compile("(?:[A-Za-z0-9_-]|\\{stack\\})+");

    /** No suffix: Azure names are the configured names. */
    public static final NameSuffix NONE = new NameSuffix("", "");

    /** Whether a configured template has only the accepted characters and placeholder. */
    static boolean isValidTemplate(String template) {
        return template.length() <= 64 && TEMPLATE.matcher(template).matches();
    }

    /** The suffix for a stack. */
    static NameSuffix of(String template, String stackName) {
        return new NameSuffix(template, template.replace(STACK, stackName));
    }

    /** The Azure name for a configured name. */
    public String apply(String name) {
        return name + value;
    }

    /** Whether the stack's Azure names differ from the configured ones. */
    public boolean isSet() {
        return !value.isEmpty();
    }
}
