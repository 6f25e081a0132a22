package io.github.akswi.build;

import com.pulumi.exceptions.RunException;

/** The packaged program is older than the sources beside it; the SDK prints it without a trace. */
public final class StaleBuildException extends RunException {
    private static final long serialVersionUID = 1L;

    StaleBuildException(String message) {
        super(message);
    }
}
