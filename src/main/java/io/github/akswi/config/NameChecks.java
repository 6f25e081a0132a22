package io.github.akswi.config;

/**
 * Naming rules applied while reading: a configured name Azure or Kubernetes would refuse, and the
 * Azure name a {@code nameSuffix} makes of it.
 */
final class NameChecks {
    private final Problems problems;
    private final String stackName;
    private NameSuffix suffix = NameSuffix.NONE;

    NameChecks(Problems problems, String stackName) {
        this.problems = problems;
        this.stackName = stackName;
    }

    NameSuffix suffix() {
        return suffix;
    }

    /** Takes {@code nameSuffix}, reporting a template that is not accepted. */
    void nameSuffix(String template) {
        if (!NameSuffix.isValidTemplate(template)) {
            problems.invalid("nameSuffix", template, NameSuffix.ACCEPTED);
            return;
        }
        suffix = NameSuffix.of(template, stackName);
    }

    /** The Azure name for a configured name, reporting a suffixed name that Azure would refuse. */
    String azureName(String path, String name, NameRules rule) {
        var azure = suffix.apply(name);
        if (suffix.isSet() && rule.matches(name) && !rule.matches(azure)) {
            problems.add(
                    path,
                    Problems.quote(name)
                            + " with nameSuffix "
                            + Problems.quote(suffix.template())
                            + " on stack "
                            + stackName
                            + " gives the Azure name "
                            + Problems.quote(azure)
                            + " ("
                            + azure.length()
                            + " characters), which is not valid; "
                            + rule.accepted()
                            + "; change the name, the stack name or nameSuffix");
        }
        return azure;
    }

    /** Reports a name that breaks its rule. */
    void check(String path, String value, NameRules rule) {
        if (!rule.matches(value)) {
            problems.invalid(path, value, rule.accepted());
        }
    }
}
