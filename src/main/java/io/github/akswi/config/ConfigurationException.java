package io.github.akswi.config;

import com.pulumi.exceptions.RunException;

import java.util.List;

/**
 * A mistake in the stack configuration or in what it points at. The Pulumi SDK prints a {@link
 * RunException}'s message without a stack trace.
 */
public final class ConfigurationException extends RunException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** A failure listing the problems, one line each. */
    public ConfigurationException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
