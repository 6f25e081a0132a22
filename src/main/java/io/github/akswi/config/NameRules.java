package io.github.akswi.config;

import java.util.regex.Pattern;

/** Azure and Kubernetes naming rules, each with the sentence that tells a user what is accepted. */
enum NameRules {
    IDENTITY(
            "expected 3-128 characters: letters, digits, '-' and '_', starting with a letter or"
                    + " digit",
            "[A-Za-z0-9][A-Za-z0-9_-]{2,127}"),
    FEDERATED_CREDENTIAL(
            "expected 3-120 characters: letters, digits, '-' and '_', starting with a letter"
                    + " or digit",
            "[A-Za-z0-9][A-Za-z0-9_-]{2,119}"),
    KEY_VAULT(
            "expected 3-24 characters: letters, digits and '-', starting with a letter, ending with"
                    + " a letter or digit, without '--'",
            "(?!.*--)[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]"),
    RESOURCE_GROUP(
            "expected 1-90 characters: letters, digits, '_', '-', '.', '(' and ')', not ending"
                    + " with '.'",
            "(?U)[\\w\\-.()]{0,89}[\\w\\-()]"),
    CLUSTER(
            "expected 1-63 characters: letters, digits, '-' and '_', starting and ending with a"
                    + " letter or digit",
            "[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?"),
    NAMESPACE(
            "expected a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and"
                    + " ending with a letter or digit",
            "(?=.{1,63}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?"),
    SERVICE_ACCOUNT(
            "expected a DNS-1123 subdomain: at most 253 lowercase letters, digits, '-' and '.',"
                    + " each dot-separated part starting and ending with a letter or digit",
            "(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*"),
    SUBSCRIPTION(
            "expected a subscription id, a GUID such as 00000000-0000-0000-0000-000000000000",
            KeyVaultRoles.GUID_PATTERN.pattern()),
    DNS_PREFIX(
            "expected 1-54 characters: letters, digits and '-', starting and ending with a letter"
                    + " or digit",
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0,52}[A-Za-z0-9])?"),
    LOCATION("expected an Azure region name such as westeurope", "[A-Za-z0-9 ]{2,40}");

    private final String accepted;
    private final Pattern pattern;

    NameRules(String accepted, String regex) {
        this.accepted = accepted;
        this.pattern = Pattern.compile(regex);
    }

    String accepted() {
        return accepted;
    }

    boolean matches(String value) {
        return pattern.matcher(value).matches();
    }
}
